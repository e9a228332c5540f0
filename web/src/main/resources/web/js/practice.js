// The pupil's practice page: choose a domain and a difficulty, then one item at a time with a
// draining time bar, an on-screen keypad and immediate feedback. Answers go through the outbox
// (practice-queue.js), so on bad Wi-Fi the pupil keeps practising from prefetched items and no
// answer is lost or counted twice.
import { ApiError, el, goToSignIn, landingFor, loadTranslations, renderHeader, replace, t, tryT, useSession }
  from './app.js';
import { Outbox } from './practice-queue.js';

const DOMAINS = [
  ['addition', 'practice.domain.addition'],
  ['subtraction', 'practice.domain.subtraction'],
  ['multiplication', 'practice.domain.multiplication'],
  ['division', 'practice.domain.division'],
  ['fractions', 'practice.domain.fractions'],
  ['decimals-percentages', 'practice.domain.decimalsPercentages'],
  ['number-sense', 'practice.domain.numberSense'],
];
const DIFFICULTIES = { EASY: 'practice.difficulty.easy', MEDIUM: 'practice.difficulty.medium', HARD: 'practice.difficulty.hard' };
const INSTRUCTIONS = {
  simplify: 'practice.instruction.simplify',
  roundToNearest10: 'practice.instruction.roundToNearest10',
  roundToNearest100: 'practice.instruction.roundToNearest100',
  roundToNearest1000: 'practice.instruction.roundToNearest1000',
  roundToWhole: 'practice.instruction.roundToWhole',
};
const OUTCOMES = {
  CORRECT: 'practice.outcome.correct', WRONG: 'practice.outcome.wrong',
  DONT_KNOW: 'practice.outcome.dontKnow', TIMED_OUT: 'practice.outcome.timedOut',
};

/** Coins at stake for a fast answer; one drops off per second of a 20 s limit, as in Math Garden. */
const COINS = 20;
/** Items kept in hand for when the Wi-Fi drops: the one to show and four more. */
const PREFETCH = 5;
/** How long the pupil waits for the server's verdict before the page gives its own. */
const WAIT_FOR_SERVER_MS = 2500;
const SEND_TIMEOUT_MS = 8000;
const NEXT_AFTER_CORRECT_MS = 1500;
const RETRY_NEXT_MS = 3000;
const DIFFICULTY_KEY = 'kansrijk.practice.difficulty';
const ALLOWED = /[^0-9,./\- \u2212]/g;

const $ = (id) => document.getElementById(id);

const state = {
  me: null,
  csrf: null,
  ratings: new Map(), // domain → {displayRating, answers}
  history: new Map(), // domain → [displayRating, …]
  difficulty: rememberedDifficulty(),
  domain: null,
  round: 0, // changes whenever the pupil starts or stops, so late answers from the server can tell
  phase: 'choose', // choose | item | judging | feedback | waiting
  current: null,
  queue: [],
  answered: new Set(),
  fetching: false,
  shownAt: 0,
  coins: 0,
  clock: null,
  nextTimer: null,
  unreachable: false,
};
const waiters = new Map(); // answerId → resolve(feedback)
let outbox;

// ---------------------------------------------------------------- talking to the server

/** POST or GET with the CSRF token and a time limit; errors are ApiErrors (status 0: no connection). */
async function call(path, body, retried = false) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  let response;
  let data;
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': state.csrf ?? '' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: controller.signal,
    });
    data = await response.json().catch(() => null);
  } catch {
    reachable(false);
    throw new ApiError(0, t('error.network'));
  } finally {
    clearTimeout(timer);
  }
  reachable(true);
  if (response.status === 403 && !retried && body !== undefined && await renewSession()) return call(path, body, true);
  if (!response.ok) throw new ApiError(response.status, data?.message);
  return data;
}

/** Any answer from the server proves the connection; answers waiting in the outbox go out at once. */
function reachable(yes) {
  if (state.unreachable === !yes) return;
  state.unreachable = !yes;
  if (yes && outbox?.state === 'offline') outbox.flush();
  if (outbox) renderStatus();
}

/** A stale CSRF token after a new sign-in in another tab: take the new one if it is still this pupil. */
async function renewSession() {
  try {
    const me = await call('/api/auth/me');
    if (me?.role !== 'PUPIL' || me.pupilId !== state.me.pupilId) return false;
    state.csrf = me.csrfToken;
    useSession(me);
    return true;
  } catch {
    return false;
  }
}

function sendAnswer(entry) {
  const { domain, ...body } = entry;
  return call(`/api/practice/${encodeURIComponent(domain)}/answers`, body);
}

function answerId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // plain http on a school network has no randomUUID; getRandomValues works everywhere
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The server acknowledged an answer (maybe long after it was given): ratings, chart, next items. */
function acknowledged(entry, feedback) {
  const before = state.ratings.get(entry.domain);
  feedback.change = before ? feedback.displayRating - before.displayRating : 0;
  state.ratings.set(entry.domain, { displayRating: feedback.displayRating, answers: (before?.answers ?? 0) + (feedback.duplicate ? 0 : 1) });
  if (!feedback.duplicate) {
    const points = state.history.get(entry.domain) ?? [];
    points.push(feedback.displayRating);
    state.history.set(entry.domain, points);
  }
  const dot = document.querySelector(`#round-log li[data-answer-id="${entry.answerId}"]`);
  if (dot) markDot(dot, feedback.outcome, 'stored');
  if (entry.domain === state.domain) $('play-rating').textContent = feedback.displayRating;
  if (state.phase === 'feedback' && $('feedback').dataset.answerId === entry.answerId) {
    $('feedback-rating').textContent = ratingLine(feedback);
  }
  const waiter = waiters.get(entry.answerId);
  if (waiter) waiter(feedback);
  if (state.phase === 'choose') renderChoice();
  else if (entry.domain === state.domain && entry.difficulty === state.difficulty) {
    keep(feedback.next ?? [], true);
    if (state.phase === 'waiting') showNext();
  }
}

/** Adds items to the ones in hand, never one the pupil already answered or already holds. */
function keep(items, fresh) {
  const held = new Set(state.queue.map((item) => item.itemId));
  if (state.current) held.add(state.current.itemId);
  const wanted = items.filter((item) => item.domain === state.domain && !state.answered.has(item.itemId)
    && !held.has(item.itemId) && held.add(item.itemId));
  // the server's newest pick suits the new rating best, so it goes first; the rest wait for a bad moment
  state.queue = fresh ? [...wanted, ...state.queue] : [...state.queue, ...wanted];
  state.queue.length = Math.min(state.queue.length, PREFETCH + 1);
}

async function topUp() {
  if (state.fetching || state.queue.length >= PREFETCH - 1) return;
  const round = state.round;
  state.fetching = true;
  try {
    const items = await call(`/api/practice/${encodeURIComponent(state.domain)}/next`,
      { difficulty: state.difficulty, count: PREFETCH - state.queue.length });
    if (round === state.round) keep(items, false);
  } catch (error) {
    if (error.status === 401) goToSignIn();
    else if (state.phase === 'waiting') {
      $('waiting-message').textContent = t('practice.waiting');
      setTimeout(() => round === state.round && topUp(), RETRY_NEXT_MS);
    }
  } finally {
    state.fetching = false;
    renderStatus();
  }
  if (round === state.round && state.phase === 'waiting' && state.queue.length) showNext();
}

// ---------------------------------------------------------------- choosing

function rememberedDifficulty() {
  try {
    const stored = localStorage.getItem(DIFFICULTY_KEY);
    return DIFFICULTIES[stored] ? stored : 'MEDIUM';
  } catch {
    return 'MEDIUM';
  }
}

function chooseDifficulty(difficulty) {
  state.difficulty = difficulty;
  for (const button of document.querySelectorAll('[data-difficulty]')) {
    button.setAttribute('aria-pressed', String(button.dataset.difficulty === difficulty));
  }
  try {
    localStorage.setItem(DIFFICULTY_KEY, difficulty);
  } catch {
    // remembered for this visit only
  }
}

function renderChoice() {
  replace($('domains'), DOMAINS.map(([code, key]) => {
    const rating = state.ratings.get(code);
    const points = state.history.get(code) ?? [];
    return el('li', {},
      el('button', { type: 'button', class: 'domain', dataset: { domain: code }, onclick: () => start(code) },
        el('span', { class: 'domain-name' }, t(key)),
        el('span', { class: 'domain-rating' }, rating?.answers ? String(rating.displayRating) : ''),
        chart(points),
        el('span', { class: 'domain-count' }, rating?.answers
          ? t(rating.answers === 1 ? 'practice.card.answersOne' : 'practice.card.answers', { n: rating.answers })
          : t('practice.card.new'))));
  }));
}

/** A small line chart of the rating after each answer (at most 60 points are drawn). */
function chart(points) {
  const svg = svgNode('svg', { class: 'chart', viewBox: '0 0 120 36', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
  if (points.length < 2) return svg;
  const step = Math.max(1, Math.ceil(points.length / 60));
  const shown = points.filter((_, i) => i % step === 0 || i === points.length - 1);
  const low = Math.min(...shown) - 5;
  const high = Math.max(...shown) + 5;
  const xy = shown.map((value, i) =>
    `${(i * 120 / (shown.length - 1)).toFixed(1)},${(34 - (value - low) * 32 / (high - low)).toFixed(1)}`);
  svg.append(svgNode('polyline', { points: xy.join(' '), class: 'chart-line' }));
  svg.setAttribute('role', 'img');
  svg.removeAttribute('aria-hidden');
  svg.setAttribute('aria-label', t('practice.chart.label', { from: points[0], to: points.at(-1), n: points.length }));
  return svg;
}

function svgNode(tag, attributes) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

async function showChoice(refresh = true) {
  stopClock();
  clearTimeout(state.nextTimer);
  state.round += 1;
  state.phase = 'choose';
  state.domain = null;
  state.current = null;
  state.queue = [];
  $('play').hidden = true;
  $('choose').hidden = false;
  renderChoice();
  document.querySelector(`[data-difficulty="${state.difficulty}"]`).focus();
  if (!refresh) return;
  try {
    loadProgress(await call('/api/practice/me'));
    if (state.phase === 'choose') renderChoice();
  } catch {
    // offline: the cards show what this page knows
  }
}

function loadProgress(progress) {
  for (const rating of progress?.ratings ?? []) {
    state.ratings.set(rating.domain, { displayRating: rating.displayRating, answers: rating.answers });
  }
  for (const [domain, points] of Object.entries(progress?.history ?? {})) {
    state.history.set(domain, points.map((point) => point.displayRating));
  }
}

// ---------------------------------------------------------------- practising

function start(domain) {
  state.round += 1;
  state.domain = domain;
  state.queue = [];
  state.current = null;
  $('choose').hidden = true;
  $('play').hidden = false;
  $('play-domain').textContent = t(DOMAINS.find(([code]) => code === domain)[1]);
  $('play-difficulty').textContent = t(DIFFICULTIES[state.difficulty]);
  $('play-rating').textContent = state.ratings.get(domain)?.displayRating ?? '–';
  replace($('round-log'));
  showWaiting('practice.loading');
  topUp();
}

function showNext() {
  clearTimeout(state.nextTimer);
  const item = state.queue.shift();
  if (!item) {
    showWaiting(isOffline() ? 'practice.waiting' : 'practice.loading');
    topUp();
    return;
  }
  state.current = item;
  state.phase = 'item';
  const instruction = item.instructionKey
    ? tryT(INSTRUCTIONS[item.instructionKey] ?? `practice.instruction.${item.instructionKey}`) : null;
  $('instruction').textContent = instruction ?? '';
  $('instruction').hidden = !instruction;
  $('prompt').textContent = item.prompt;
  $('prompt').dataset.itemId = item.itemId;
  $('answer').value = '';
  $('answer').disabled = false;
  showPanel('item');
  setKeypad(true);
  $('answer').focus();
  startClock(item, item.timeLimitMillis || 20000);
  topUp();
}

function showWaiting(key) {
  stopClock();
  state.phase = 'waiting';
  state.current = null;
  $('waiting-message').textContent = t(key);
  showPanel('waiting');
  setKeypad(false);
}

function showPanel(name) {
  for (const panel of ['item', 'feedback', 'waiting']) $(panel).hidden = panel !== name;
}

function setKeypad(enabled) {
  for (const button of $('keypad').querySelectorAll('button')) button.disabled = !enabled;
}

function startClock(item, limit) {
  stopClock();
  const fill = $('time-fill');
  fill.style.transition = 'none';
  fill.style.transform = 'scaleX(1)';
  const coins = [...$('coins').children];
  for (const coin of coins) coin.classList.remove('spent');
  requestAnimationFrame(() => {
    if (state.current !== item || state.phase !== 'item') return;
    state.shownAt = performance.now();
    fill.getBoundingClientRect();
    fill.style.transition = `transform ${limit}ms linear`;
    fill.style.transform = 'scaleX(0)';
    let left = COINS;
    state.clock = setInterval(() => {
      const elapsed = performance.now() - state.shownAt;
      const now = Math.max(0, Math.ceil(COINS * (1 - elapsed / limit)));
      for (; left > now; left -= 1) coins[left - 1].classList.add('spent');
      if (elapsed >= limit) answer('', true);
    }, 200);
  });
}

function stopClock() {
  clearInterval(state.clock);
  state.clock = null;
  const fill = $('time-fill');
  fill.style.transform = getComputedStyle(fill).transform;
  fill.style.transition = 'none';
}

/** The pupil answered (or the time ran out): store, send, and give feedback. */
async function answer(given, timedOut = false) {
  if (state.phase !== 'item') return;
  const item = state.current;
  const limit = item.timeLimitMillis || 20000;
  const millis = timedOut ? limit : Math.min(limit, Math.round(performance.now() - state.shownAt));
  stopClock();
  state.phase = 'judging';
  $('answer').disabled = true;
  setKeypad(false);
  state.answered.add(item.itemId);
  state.queue = state.queue.filter((held) => held.itemId !== item.itemId);

  const entry = {
    domain: state.domain, answerId: answerId(), itemId: item.itemId, answer: timedOut ? '' : given,
    responseMillis: millis, difficulty: state.difficulty, answeredAt: new Date().toISOString(),
  };
  const round = state.round;
  const queuedBefore = outbox.pending > 0 || isOffline();
  const verdict = queuedBefore ? Promise.resolve(null) : new Promise((resolve) => {
    waiters.set(entry.answerId, resolve);
    setTimeout(() => resolve(null), WAIT_FOR_SERVER_MS);
  });
  addDot(entry);
  outbox.add(entry);
  const feedback = await verdict;
  waiters.delete(entry.answerId);
  if (round === state.round) showFeedback(entry, item, feedback);
}

function showFeedback(entry, item, feedback) {
  state.phase = 'feedback';
  const outcome = feedback?.outcome ?? judge(entry.answer, item);
  const speed = 1 - entry.responseMillis / (item.timeLimitMillis || 20000);
  // S = (2x − 1)(1 − t/d), Klinkenberg et al. (2011); the server's score when it has answered
  const score = feedback ? feedback.score : outcome === 'CORRECT' ? speed : outcome === 'WRONG' ? -speed : 0;
  const won = Math.round(COINS * score);
  state.coins += won;
  $('play-coins').textContent = state.coins;

  const right = shown(feedback?.correctAnswer ?? item.answer);
  $('feedback').dataset.outcome = outcome;
  $('feedback').dataset.source = feedback ? 'server' : 'page';
  $('feedback-message').textContent = {
    CORRECT: t('practice.feedback.correct'),
    WRONG: t('practice.feedback.wrong', { answer: right }),
    DONT_KNOW: t('practice.feedback.dontKnow', { answer: right }),
    TIMED_OUT: t('practice.feedback.timedOut', { answer: right }),
  }[outcome];
  $('feedback-given').textContent = outcome === 'WRONG' ? t('practice.feedback.yourAnswer', { answer: shown(entry.answer) }) : '';
  $('feedback-coins').textContent = won > 0 ? t('practice.feedback.coinsWon', { n: won })
    : won < 0 ? t('practice.feedback.coinsLost', { n: -won }) : '';
  $('feedback-coins').dataset.sign = Math.sign(won);
  $('feedback').dataset.answerId = entry.answerId;
  $('feedback-rating').textContent = feedback ? ratingLine(feedback) : t('practice.feedback.savedOffline');
  showPanel('feedback');
  $('next').focus();
  if (outcome === 'CORRECT') state.nextTimer = setTimeout(showNext, NEXT_AFTER_CORRECT_MS);
}

function ratingLine(feedback) {
  const change = feedback.change ?? 0;
  return t('practice.feedback.rating',
    { rating: feedback.displayRating, change: change > 0 ? `+${change}` : change < 0 ? `\u2212${-change}` : '±0' });
}

/** The page's own verdict when the server cannot be asked: the value counts, not its spelling. */
function judge(given, item) {
  const text = String(given).trim().replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, ' ');
  if (text === '?') return 'DONT_KNOW';
  if (text === '') return 'TIMED_OUT';
  const expected = String(item.answer);
  if (expected.includes('/')) {
    const want = fraction(expected);
    const got = fraction(text);
    if (!want || !got || got.n * want.d !== want.n * got.d) return 'WRONG';
    return item.instructionKey === 'simplify' && !got.lowest ? 'WRONG' : 'CORRECT';
  }
  const want = decimal(expected);
  return want !== null && decimal(text) === want ? 'CORRECT' : 'WRONG';
}

/** "0,50" → "0.5", "-07" → "-7"; null when it is not a number. */
function decimal(text) {
  const compact = text.replace(/ /g, '').replace(',', '.');
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(compact);
  if (!match || (match[2] === '' && !match[3])) return null;
  const whole = match[2].replace(/^0+(?=\d)/, '') || '0';
  const part = (match[3] ?? '').replace(/0+$/, '');
  const value = part ? `${whole}.${part}` : whole;
  return value === '0' || match[1] !== '-' ? value : `-${value}`;
}

/** "3/4", "1 1/2", "-5/3" or a whole number, as BigInts; null otherwise. */
function fraction(text) {
  const whole = /^([+-]?)(\d+)$/.exec(text);
  if (whole) return { n: BigInt(`${whole[1]}${whole[2]}`), d: 1n, lowest: true };
  const match = /^([+-]?)(?:(\d+) )?(\d+) ?\/ ?(\d+)$/.exec(text);
  if (!match || BigInt(match[4]) === 0n) return null;
  const top = BigInt(match[3]);
  const bottom = BigInt(match[4]);
  if (match[2] !== undefined && top >= bottom) return null;
  const n = (match[2] === undefined ? 0n : BigInt(match[2]) * bottom) + top;
  return { n: match[1] === '-' ? -n : n, d: bottom, lowest: gcd(top, bottom) === 1n && bottom !== 1n };
}

function gcd(a, b) {
  return b === 0n ? a : gcd(b, a % b);
}

/** An answer written like the prompts (Dutch schools): decimal comma, a real minus sign. */
function shown(value) {
  return String(value ?? '').replace(/\./g, ',').replace(/-/g, '\u2212');
}

function next() {
  if (state.phase === 'feedback') showNext();
}

// ---------------------------------------------------------------- the round log and the status line

function addDot(entry) {
  const dot = el('li', { dataset: { answerId: entry.answerId } });
  markDot(dot, judge(entry.answer, state.current), 'waiting');
  $('round-log').append(dot);
  while ($('round-log').children.length > 30) $('round-log').firstElementChild.remove();
}

function markDot(dot, outcome, stored) {
  dot.dataset.outcome = outcome;
  dot.dataset.state = stored;
  dot.title = t(OUTCOMES[outcome]);
}

/** When sending fails, pupils waiting for the server's verdict get the page's own at once. */
function outboxChanged() {
  if (outbox.state !== 'online') {
    for (const resolve of waiters.values()) resolve(null);
  }
  renderStatus();
}

function isOffline() {
  return outbox.state === 'offline' || state.unreachable;
}

function renderStatus() {
  const status = $('net-status');
  const n = outbox.pending;
  let text = '';
  let kind = 'offline';
  if (outbox.state === 'signedOut') {
    kind = 'signed-out';
    replace(status, t('practice.status.signedOut', { n }), ' ',
      el('a', { href: '/login.html?next=%2Fpractice.html#pupil' }, t('practice.status.signIn')));
    status.dataset.kind = kind;
    status.hidden = false;
    return;
  }
  if (isOffline()) {
    text = n === 0 ? t('practice.status.offlineNone')
      : t(n === 1 ? 'practice.status.offlineOne' : 'practice.status.offline', { n });
  } else if (n > 0) {
    kind = 'sending';
    text = t('practice.status.sending', { n });
  }
  status.textContent = text;
  status.dataset.kind = kind;
  status.dataset.pending = n;
  status.hidden = text === '';
}

// ---------------------------------------------------------------- wiring

function type(key) {
  const input = $('answer');
  if (state.phase !== 'item') return;
  if (key === 'Enter') submit();
  else if (key === 'Backspace') input.value = input.value.slice(0, -1);
  else if (input.value.length < input.maxLength) input.value += key;
}

function submit() {
  const given = $('answer').value.trim();
  if (given === '') {
    $('answer').focus();
    return;
  }
  answer(given);
}

function wire() {
  for (let i = 0; i < COINS; i += 1) $('coins').append(el('span', { class: 'coin' }));
  for (const button of document.querySelectorAll('[data-difficulty]')) {
    button.addEventListener('click', () => chooseDifficulty(button.dataset.difficulty));
  }
  $('keypad').addEventListener('pointerdown', (event) => {
    if (event.target.closest('button')) event.preventDefault(); // keep the focus (and the keyboard) on the answer
  });
  $('keypad').addEventListener('click', (event) => {
    const key = event.target.closest('[data-key]')?.dataset.key;
    if (key) type(key);
    if (state.phase === 'item') $('answer').focus();
  });
  $('dont-know').addEventListener('click', () => answer('?'));
  $('answer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  $('answer').addEventListener('input', () => {
    const input = $('answer');
    const clean = input.value.replace(ALLOWED, '');
    if (clean !== input.value) input.value = clean;
  });
  $('answer').addEventListener('keydown', (event) => {
    if (event.key === '?') {
      event.preventDefault();
      answer('?');
    }
  });
  $('next').addEventListener('click', next);
  document.addEventListener('keydown', (event) => {
    if (event.repeat && event.key === 'Enter') {
      event.preventDefault(); // a held-down Enter must not skip the feedback it just brought up
      return;
    }
    if (event.target === $('answer') || event.ctrlKey || event.altKey || event.metaKey) return;
    if (state.phase === 'feedback' && event.key === 'Enter' && !event.target.closest('button')) next();
    else if (state.phase === 'item' && /^([0-9,./-]|Backspace|Enter)$/.test(event.key)) {
      event.preventDefault();
      $('answer').focus();
      type(event.key);
    } else if (state.phase === 'item' && event.key === '?') answer('?');
  });
  $('stop').addEventListener('click', () => showChoice());
  chooseDifficulty(state.difficulty);
  addEventListener('online', () => {
    outbox.flush();
    if (state.phase === 'waiting') topUp();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') outbox.flush();
  });
}

async function main() {
  let me;
  let progress = null;
  try {
    [, me, progress] = await Promise.all([
      loadTranslations(),
      call('/api/auth/me'),
      call('/api/practice/me').catch(() => null),
    ]);
  } catch (error) {
    if (error.status === 401) {
      goToSignIn();
      return;
    }
    document.documentElement.classList.remove('pending');
    $('start-error').textContent = tryT('error.network') ?? 'Geen verbinding / no connection';
    $('start-error').hidden = false;
    return;
  }
  if (me.role !== 'PUPIL') {
    location.replace(landingFor(me.role));
    return;
  }
  state.me = me;
  state.csrf = me.csrfToken;
  useSession(me);
  renderHeader(me);
  outbox = new Outbox({
    key: `kansrijk.practice.outbox.${me.pupilId}`,
    send: sendAnswer,
    onAck: acknowledged,
    onChange: outboxChanged,
  });
  loadProgress(progress);
  wire();
  renderStatus();
  showChoice(false);
  outbox.flush(); // answers left from an earlier visit
  document.body.dataset.ready = 'true';
  performance.mark('kansrijk:practice-ready');
}

main();
