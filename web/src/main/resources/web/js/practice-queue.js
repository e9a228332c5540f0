// The pupil's answers on their way to the server, kept in localStorage so a dropped Wi-Fi
// connection or a closed tab loses none. Every answer is written here before it is sent; answers
// go out one at a time in the order they were given, are retried with growing pauses while the
// network or the server fails, and leave the outbox only when the server has acknowledged them
// (a duplicate acknowledgement counts: the browser-made answer id makes every resend safe).

const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 15000;
const MAX_REJECTED = 100;

/** Statuses after which sending the same answer again can never succeed. */
const REFUSED = new Set([400, 404, 409, 413, 422]);

export class Outbox {
  #key;
  #send;
  #onAck;
  #onChange;
  #memory = [];
  #busy = false;
  #timer = null;
  #pause = FIRST_PAUSE_MS;
  #storageWorks = true;

  /** 'online', 'offline' (the last try failed) or 'signedOut' (the session ended; nothing can be sent). */
  state = 'online';

  /**
   * `key`: the localStorage key, one per pupil. `send(entry)` returns a promise of the server's
   * feedback, or rejects with an error whose `status` is the HTTP status (0: no connection or
   * timeout). `onAck(entry, feedback)` runs for each acknowledged answer, in order; `onChange()`
   * after every change of the contents or the state.
   */
  constructor({ key, send, onAck = () => {}, onChange = () => {} }) {
    this.#key = key;
    this.#send = send;
    this.#onAck = onAck;
    this.#onChange = onChange;
    this.#memory = this.#read();
  }

  /** The answers not yet acknowledged, oldest first. */
  entries() {
    return this.#read();
  }

  get pending() {
    return this.#read().length;
  }

  /** Stores the answer, then starts sending. */
  add(entry) {
    const entries = this.#read();
    entries.push(entry);
    this.#write(entries);
    this.#onChange();
    this.flush();
  }

  /** Sends what is waiting, in order; on failure, tries again later (sooner when `flush` is called again). */
  async flush() {
    if (this.#busy || this.state === 'signedOut') return;
    clearTimeout(this.#timer);
    this.#busy = true;
    try {
      for (let entry = this.#read()[0]; entry; entry = this.#read()[0]) {
        let feedback;
        try {
          feedback = await this.#send(entry);
        } catch (error) {
          const status = error?.status ?? 0;
          if (REFUSED.has(status)) {
            // The server will never take this answer (e.g. an item that no longer exists): keep it
            // aside instead of blocking every answer behind it.
            this.#setAside(entry, error);
            continue;
          }
          this.#setState(status === 401 || status === 403 ? 'signedOut' : 'offline');
          if (this.state === 'offline') this.#retryLater();
          return;
        }
        this.#write(this.#read().filter((waiting) => waiting.answerId !== entry.answerId));
        this.#pause = FIRST_PAUSE_MS;
        this.state = 'online';
        this.#onChange();
        this.#onAck(entry, feedback);
      }
    } finally {
      this.#busy = false;
    }
  }

  #retryLater() {
    clearTimeout(this.#timer);
    const jitter = 0.8 + Math.random() * 0.4;
    this.#timer = setTimeout(() => this.flush(), Math.round(this.#pause * jitter));
    this.#pause = Math.min(this.#pause * 2, LONGEST_PAUSE_MS);
  }

  #setState(state) {
    if (this.state === state) return;
    this.state = state;
    this.#onChange();
  }

  #setAside(entry, error) {
    console.warn('answer refused by the server, kept aside', entry, error?.message);
    this.#write(this.#read().filter((waiting) => waiting.answerId !== entry.answerId));
    try {
      const key = `${this.#key}.refused`;
      const refused = JSON.parse(localStorage.getItem(key) ?? '[]');
      refused.push({ ...entry, refusedWith: error?.message ?? String(error?.status) });
      localStorage.setItem(key, JSON.stringify(refused.slice(-MAX_REJECTED)));
    } catch {
      // nothing more to do: the answer is logged above
    }
    this.#onChange();
  }

  /** Read afresh each time, so another tab's changes are seen; memory stands in when storage is off. */
  #read() {
    if (!this.#storageWorks) return this.#memory.slice();
    try {
      const stored = localStorage.getItem(this.#key);
      return stored === null ? [] : JSON.parse(stored);
    } catch {
      return this.#memory.slice();
    }
  }

  #write(entries) {
    this.#memory = entries.slice();
    try {
      if (entries.length === 0) localStorage.removeItem(this.#key);
      else localStorage.setItem(this.#key, JSON.stringify(entries));
      this.#storageWorks = true;
    } catch {
      this.#storageWorks = false;
      // storage full or switched off: the answers stay in memory while this page is open
    }
  }
}
