// "Mijn week" for tutors: today's sessions first, recording a session in under a minute, the
// pupils' practice ratings one click away, and the log of contacts with parents and class teachers.
import { api, describeError, el, lang, notice, replace, startPage, t, wireSkipLink } from './app.js';

const ATTENDANCE = ['PRESENT', 'LATE', 'ABSENT_WITH_NOTICE', 'ABSENT_WITHOUT_NOTICE'];
const CANCEL_REASONS = ['TUTOR_ILL', 'PUPIL_ABSENT_TRIP', 'SCHOOL_EVENT', 'ROOM_UNAVAILABLE', 'STAFF_SHORTAGE',
  'NETWORK_OR_DEVICE', 'OTHER'];
const DOMAINS = ['addition', 'subtraction', 'multiplication', 'division', 'fractions', 'decimals-percentages',
  'number-sense'];
const CONTACT_KINDS = ['PARENTS', 'CLASS_TEACHER'];
const CONTACT_CHANNELS = ['PHONE', 'IN_PERSON', 'EMAIL', 'MESSAGE'];
const OTHER_TOPIC = '';

const $ = (id) => document.getElementById(id);

let week = null;
/** The session the form is recording, and the record id made when the form opened (a resend reuses it). */
let recording = null;

await startPage({ roles: ['TUTOR'] });
wireSkipLink();
fillStaticSelects();
wireRecordForm();
wireContactForm();
await loadWeek();
await loadContacts();

// --- the week ------------------------------------------------------------------------------------

async function loadWeek() {
  try {
    week = await api('/api/sessions/my-week');
  } catch (error) {
    replace($('week-status'), notice('error', describeError(error)));
    return;
  }
  $('week-summary').textContent = week.version
    ? t('tutor.summary', { from: longDate(week.weekStart), version: week.version })
    : '';
  const status = [];
  if (!week.linkedToTutor) status.push(notice('warning', t('tutor.notLinked')));
  if (!week.version) status.push(notice('info', t('tutor.noSchedule')));
  else if (week.sessions.length === 0) status.push(notice('info', t('tutor.noSessions')));
  replace($('week-status'), status);
  replace($('session-list'), week.sessions.map(sessionCard));
  fillPupilSelect();
}

function sessionCard(session) {
  const cancelledByCoordinator = session.change === 'CANCELLED';
  const badges = [
    session.today ? el('span', { class: 'badge today' }, t('tutor.badge.today')) : null,
    session.change === 'MOVED' ? el('span', { class: 'badge moved', 'data-testid': 'moved' },
      t('tutor.badge.moved', { day: t(`day.short.${session.previous.day}`), period: session.previous.period })) : null,
    session.change === 'NEW' ? el('span', { class: 'badge' }, t('tutor.badge.new')) : null,
    cancelledByCoordinator ? el('span', { class: 'badge bad', 'data-testid': 'cancelled' }, t('tutor.badge.cancelled')) : null,
    recordBadge(session.record),
  ];
  const pupils = el('ul', { class: 'pupil-names' }, session.pupils.map((pupil) => el('li', {},
    el('span', {}, pupil.name), ' ',
    el('button', { type: 'button', class: 'link-button small', onclick: () => showRatings(pupil) },
      t('tutor.ratings.open')))));
  const action = cancelledByCoordinator ? null : el('button', {
    type: 'button', class: session.record ? 'secondary' : 'primary', 'data-testid': 'record-open',
    onclick: () => openRecordForm(session),
  }, session.record ? t('tutor.record.correct') : t('tutor.record.open'));
  return el('li', {
    class: `session-card${session.today ? ' is-today' : ''}${cancelledByCoordinator ? ' is-cancelled' : ''}`,
    'data-testid': 'session-card', dataset: { pairId: session.pairId, sessionIndex: session.sessionIndex },
  },
  el('div', { class: 'when' },
    el('strong', {}, `${t(`day.${session.day}`)} ${shortDate(session.date)}`),
    el('span', { class: 'muted' }, ` ${hhmm(session.start)}–${hhmm(session.end)} · ${session.room ?? ''}`)),
  el('div', { class: 'badges' }, badges),
  pupils,
  action);
}

function recordBadge(record) {
  if (!record) return null;
  if (!record.held) {
    return el('span', { class: 'badge bad', 'data-testid': 'recorded' },
      t('tutor.badge.recordedCancelled', { reason: t(`reason.${record.cancelReason}`) }));
  }
  const absent = record.attendance.filter((a) => a.status.startsWith('ABSENT')).length;
  return el('span', { class: 'badge ok', 'data-testid': 'recorded' },
    t('tutor.badge.recorded', { minutes: record.minutes, absent }));
}

// --- recording -----------------------------------------------------------------------------------

function openRecordForm(session) {
  // A correction keeps the record's own session and date (it may be from before a move).
  const record = session.record;
  recording = {
    session,
    publishedSessionId: record ? record.publishedSessionId : session.publishedSessionId,
    date: record ? record.date : session.date,
    recordId: newId(),
  };
  $('record-heading').textContent = t('tutor.record.heading', {
    day: t(`day.${session.day}`), date: shortDate(recording.date), time: hhmm(session.start),
  });
  const held = record ? record.held : true;
  $(held ? 'record-held' : 'record-cancelled').checked = true;
  const statusOf = new Map((record?.attendance ?? []).map((a) => [a.pupilId, a.status]));
  replace($('attendance-rows'), session.pupils.map((pupil) => attendanceRow(pupil, statusOf.get(pupil.id) ?? 'PRESENT')));
  $('record-minutes').value = record && record.held ? record.minutes : session.plannedMinutes;
  const topic = record?.topic ?? '';
  const known = DOMAINS.includes(topic);
  $('record-topic').value = known || !topic ? topic || DOMAINS[0] : OTHER_TOPIC;
  $('record-topic-other').value = known ? '' : topic;
  $('record-reason').value = record?.cancelReason ?? CANCEL_REASONS[0];
  $('record-note').value = record?.note ?? '';
  $('record-error').textContent = '';
  showHeldOrCancelled();
  $('record-panel').hidden = false;
  $('record-heading').focus();
  $('record-panel').scrollIntoView({ block: 'start' });
}

function attendanceRow(pupil, status) {
  const name = `attendance-${pupil.id}`;
  return el('div', { class: 'attendance-row', 'data-testid': 'attendance-row', dataset: { pupilId: pupil.id } },
    el('span', { class: 'pupil' }, pupil.name),
    el('div', { class: 'choice-row', role: 'radiogroup', 'aria-label': pupil.name }, ATTENDANCE.map((value) =>
      el('label', { class: 'choice' },
        el('input', { type: 'radio', name, value, checked: value === status, dataset: { testid: value } }),
        el('span', {}, t(`attendance.${value}`))))));
}

function wireRecordForm() {
  for (const radio of document.querySelectorAll('input[name="held"]')) radio.addEventListener('change', showHeldOrCancelled);
  $('record-topic').addEventListener('change', showOtherTopic);
  $('record-close').addEventListener('click', () => {
    $('record-panel').hidden = true;
    recording = null;
  });
  $('record-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!recording) return;
    const button = $('record-save');
    button.disabled = true;
    $('record-error').textContent = '';
    try {
      await api(`/api/sessions/records/${recording.publishedSessionId}/${recording.date}`,
        { method: 'PUT', json: readRecord() });
      $('record-panel').hidden = true;
      recording = null;
      await loadWeek();
      replace($('week-status'), notice('success', t('tutor.record.saved')));
    } catch (error) {
      // The record id stays: sending again after a dropped connection cannot store it twice.
      $('record-error').textContent = describeError(error);
    } finally {
      button.disabled = false;
    }
  });
}

function showHeldOrCancelled() {
  const held = $('record-held').checked;
  $('held-fields').hidden = !held;
  $('cancel-fields').hidden = held;
  showOtherTopic();
}

function showOtherTopic() {
  $('topic-other-field').hidden = !$('record-held').checked || $('record-topic').value !== OTHER_TOPIC;
}

function readRecord() {
  const held = $('record-held').checked;
  const base = { recordId: recording.recordId, held, note: $('record-note').value };
  if (!held) return { ...base, cancelReason: $('record-reason').value, attendance: [] };
  const topic = $('record-topic').value === OTHER_TOPIC ? $('record-topic-other').value : $('record-topic').value;
  const attendance = recording.session.pupils.map((pupil) => ({
    pupilId: pupil.id,
    status: document.querySelector(`input[name="attendance-${pupil.id}"]:checked`)?.value,
  }));
  return { ...base, minutes: Number($('record-minutes').value), topic, attendance };
}

// --- practice ratings ----------------------------------------------------------------------------

async function showRatings(pupil) {
  $('pupil-heading').textContent = t('tutor.ratings.heading', { name: pupil.name });
  $('pupil-panel').hidden = false;
  replace($('pupil-ratings'), el('p', { class: 'muted' }, t('common.loading')));
  $('pupil-heading').focus();
  try {
    const progress = await api(`/api/practice/pupils/${pupil.id}`);
    const rows = progress.ratings.map((rating) => el('tr', {},
      el('th', { scope: 'row' }, t(`domain.${rating.domain}`)),
      el('td', { class: 'num' }, rating.answers > 0 ? rating.displayRating : '–'),
      el('td', { class: 'num' }, rating.answers),
      el('td', {}, sparkline(progress.history[rating.domain] ?? []))));
    replace($('pupil-ratings'), el('table', { class: 'data compact', 'data-testid': 'ratings' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, t('tutor.ratings.domain')),
        el('th', { scope: 'col', class: 'num' }, t('tutor.ratings.rating')),
        el('th', { scope: 'col', class: 'num' }, t('tutor.ratings.answers')),
        el('th', { scope: 'col' }, t('tutor.ratings.growth')))),
      el('tbody', {}, rows)));
  } catch (error) {
    replace($('pupil-ratings'), notice('error', describeError(error)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small growth line of the rating after each answer (no axes: the table gives the numbers). */
function sparkline(points) {
  if (points.length < 2) return '';
  const width = 160;
  const height = 28;
  const values = points.map((p) => p.displayRating);
  const min = Math.min(...values);
  const span = Math.max(1, Math.max(...values) - min);
  const coordinates = values.map((v, i) =>
    `${(i * width / (values.length - 1)).toFixed(1)},${(height - 2 - (v - min) * (height - 4) / span).toFixed(1)}`);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('tutor.ratings.growthLabel', { from: values[0], to: values[values.length - 1] }));
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', coordinates.join(' '));
  svg.append(line);
  return svg;
}

// --- contacts ------------------------------------------------------------------------------------

function fillStaticSelects() {
  replace($('record-topic'), DOMAINS.map((d) => el('option', { value: d }, t(`domain.${d}`))),
    el('option', { value: OTHER_TOPIC }, t('tutor.record.topicOtherOption')));
  replace($('record-reason'), CANCEL_REASONS.map((r) => el('option', { value: r }, t(`reason.${r}`))));
  replace($('contact-kind'), CONTACT_KINDS.map((k) => el('option', { value: k }, t(`contact.kind.${k}`))));
  replace($('contact-channel'), CONTACT_CHANNELS.map((c) => el('option', { value: c }, t(`contact.channel.${c}`))));
}

function fillPupilSelect() {
  const pupils = new Map();
  for (const session of week?.sessions ?? []) {
    if (session.change !== 'CANCELLED') session.pupils.forEach((p) => pupils.set(p.id, p));
  }
  const chosen = $('contact-pupil').value;
  replace($('contact-pupil'), [...pupils.values()].sort((a, b) => a.name.localeCompare(b.name, lang))
    .map((p) => el('option', { value: p.id }, p.name)));
  if (pupils.has(Number(chosen))) $('contact-pupil').value = chosen;
  $('contact-save').disabled = pupils.size === 0;
  $('contact-date').value = week?.today ?? '';
}

function wireContactForm() {
  $('contact-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('contact-error').textContent = '';
    $('contact-save').disabled = true;
    try {
      await api('/api/sessions/contacts', {
        method: 'POST',
        json: {
          pupilId: Number($('contact-pupil').value), kind: $('contact-kind').value, date: $('contact-date').value,
          channel: $('contact-channel').value, note: $('contact-note').value,
        },
      });
      $('contact-note').value = '';
      await loadContacts();
    } catch (error) {
      $('contact-error').textContent = describeError(error);
    } finally {
      $('contact-save').disabled = false;
    }
  });
}

async function loadContacts() {
  try {
    const contacts = await api('/api/sessions/contacts');
    replace($('contact-rows'), contacts.length === 0
      ? el('tr', {}, el('td', { colspan: 5, class: 'muted' }, t('tutor.contacts.none')))
      : contacts.map((c) => el('tr', { 'data-testid': 'contact-row' },
        el('td', {}, shortDate(c.date)),
        el('td', {}, c.pupilName),
        el('td', {}, t(`contact.kind.${c.kind}`)),
        el('td', {}, t(`contact.channel.${c.channel}`)),
        el('td', {}, c.note ?? ''))));
  } catch (error) {
    $('contact-error').textContent = describeError(error);
  }
}

// --- small helpers -------------------------------------------------------------------------------

/** A record id made in the browser (crypto.randomUUID needs a secure context; plain HTTP on a school network may not be one). */
function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function hhmm(time) {
  return time ? time.slice(0, 5) : '';
}

function shortDate(iso) {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(new Date(`${iso}T12:00:00`));
}

function longDate(iso) {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${iso}T12:00:00`));
}
