// The coordinator's tutoring schedule: enrol pupils, form pairs, generate the week in the
// background (live progress and best score), look at it per tutor/room/pupil/class, pin and move
// sessions, understand the score in plain words, re-plan around an ill tutor, publish.
// Hash routing like the roster page (#enrol, #pairs, #plan, #week/tutor/3, #explain, #publish).
import {
  api, ApiError, dash, debounce, describeError, el, lang, pupilPages, notice, number, replace, setSchoolName, startPage, t, tryT,
  wireSkipLink,
} from './app.js';
import { weekGrid } from './timetable.js';

await startPage({ roles: ['COORDINATOR'] });
wireSkipLink();

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 25;
const POLL_MS = 1000;
const SCHOOL_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

/** The planner's constraint names (exact) → the slug of their i18n keys `schedule.rule.*` and `schedule.ruleName.*`. */
const RULES = {
  'Tutor conflict': 'tutorConflict',
  'Room conflict': 'roomConflict',
  'Pupil conflict': 'pupilConflict',
  'Session during a protected lesson': 'protectedLesson',
  'Same subject missed too often': 'subjectMissedTooOften',
  'Tutor unavailable': 'tutorUnavailable',
  'Two sessions for a pupil on one day': 'twoSessionsOneDay',
  "Session outside its programme's window": 'outsideWindow',
  'Room too small': 'roomTooSmall',
  'Tutor does not teach the subject': 'tutorLacksSubject',
  'Tutor over daily maximum': 'tutorDailyMaximum',
  'Unplanned session': 'unplanned',
  'Pair without tutor': 'pairWithoutTutor',
  'Ability gap within a pair': 'abilityGap',
  'Sessions of a pair too close together': 'sessionsTooClose',
  'Pupil pulled out of a lesson': 'pullOut',
  'Same subject missed twice': 'sameSubjectMissedTwice',
  "Idle time in a tutor's day": 'tutorIdleTime',
  'Pair changes room': 'pairChangesRoom',
  'Wait before an extended-day session': 'extendedDayWait',
  'Session moved from its published time': 'movedTime',
  'Session moved from its published room': 'movedRoom',
};
/** Rules about a tutor's whole day: they list every pupil of that day, so the per-pupil view leaves them out. */
const TUTOR_DAY_RULES = new Set(["Idle time in a tutor's day"]);

// ---- data shared by several views ----

const cache = new Map();

function load(path) {
  if (!cache.has(path)) {
    cache.set(path, api(path).catch((error) => {
      cache.delete(path);
      throw error;
    }));
  }
  return cache.get(path);
}

function forget(...paths) {
  for (const path of paths) cache.delete(path);
}

const stale = new Set(); // views to reload when next shown

/** The stored week changed (a run ended, a pin, a move, new pairs): reload what shows it. */
function weekChanged() {
  forget('/api/schedule/week', '/api/schedule/explanation', '/api/schedule/pairs');
  explanation = null;
  for (const view of ['pairs', 'week', 'explain']) stale.add(view);
}

function loading(status) {
  replace(status, el('p', { class: 'muted' }, t('common.loading')));
}

function failed(status, error) {
  replace(status, notice('error', describeError(error)));
}

function subjectName(code) {
  if (!code) return '';
  return tryT(`subject.${code}`) ?? code;
}

function programmeName(programme) {
  return tryT(`programme.${programme}`) ?? programme ?? '';
}

/** A day inside a sentence: "maandag" in Dutch, "Monday" in English. */
function dayInSentence(day) {
  const name = tryT(`day.${day}`) ?? day;
  return lang === 'nl' ? name.toLowerCase() : name;
}

function names(list) {
  const items = list.filter(Boolean);
  if (items.length === 0) return '';
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

function pupilNames(pupils = []) {
  return names(pupils.map((pupil) => (typeof pupil === 'string' ? pupil : pupil.name)));
}

function when(session) {
  if (!session.day) return t('session.notPlanned');
  return t('session.when', { day: t(`day.${session.day}`), period: session.period });
}

/** "0hard/-34medium/-250soft" → {hard: 0, medium: -34, soft: -250}, or null. */
function parseScore(text) {
  const match = /^(-?\d+)hard\/(-?\d+)medium\/(-?\d+)soft$/.exec(String(text ?? '').replace(/^-?\d+init\//, ''));
  return match ? { hard: Number(match[1]), medium: Number(match[2]), soft: Number(match[3]) } : null;
}

/** A score level as penalty points: -34 → "34" (and never "-0"). */
function penalty(value) {
  return number(Math.abs(value ?? 0));
}

function scoreText(text) {
  const score = parseScore(text);
  if (!score) return text ?? '';
  return t('score.short', { hard: penalty(score.hard), medium: penalty(score.medium), soft: penalty(score.soft) });
}

async function showSchoolName() {
  try {
    const summary = await load('/api/roster/summary');
    setSchoolName(summary.schoolName);
  } catch {
    // a courtesy only
  }
}

// ---- Inschrijven ----

const chosenPupils = new Set();

function sessionsDefault(programme) {
  return programme === 'EXTENDED_DAY' ? 2 : 5;
}

function programmeChanged() {
  const programme = $('enrol-programme').value === 'EXTENDED_DAY' ? 'EXTENDED_DAY' : 'IN_SCHOOL';
  $('enrol-sessions').value = sessionsDefault(programme);
  $('enrol-sessions-label').textContent = t(`enrol.sessions.${programme}`);
  $('enrol-sessions-hint').textContent = t(`enrol.sessionsHint.${programme}`);
}

function showChosenCount() {
  const button = $('enrol-selected');
  button.textContent = t('enrol.selected', { count: number(chosenPupils.size) });
  button.disabled = chosenPupils.size === 0;
}

async function fillClassOptions(select) {
  const classes = await load('/api/roster/classes');
  const keep = select.value;
  replace(select, select.options[0],
    classes.filter((klass) => klass.kind === 'CLASS').map((klass) => el('option', { value: klass.id }, klass.code)));
  select.value = keep;
}

function renderPupilPage({ items }) {
  replace($('enrol-pupils-body'), items.map((pupil) => {
    const name = `${pupil.lastName ?? ''}, ${pupil.firstName ?? ''}`;
    const box = el('input', {
      type: 'checkbox', 'aria-label': t('enrol.choose', { name }), checked: chosenPupils.has(pupil.id),
      dataset: { pupilId: pupil.id },
      onchange: (event) => {
        if (event.target.checked) chosenPupils.add(pupil.id);
        else chosenPupils.delete(pupil.id);
        showChosenCount();
        syncPageBox();
      },
    });
    return el('tr', { 'data-testid': 'enrol-pupil-row' },
      el('td', { class: 'check' }, box),
      el('td', {}, name),
      el('td', {}, pupil.classCode ?? ''),
      el('td', {}, pupil.hdtCandidate ? el('span', { class: 'badge' }, t('pupils.hdtYes')) : null));
  }));
  syncPageBox();
}

function syncPageBox() {
  const boxes = [...$('enrol-pupils-body').querySelectorAll('input[type=checkbox]')];
  const checked = boxes.filter((box) => box.checked).length;
  $('enrol-page-all').checked = boxes.length > 0 && checked === boxes.length;
  $('enrol-page-all').indeterminate = checked > 0 && checked < boxes.length;
}

async function loadEnrolments() {
  const status = $('enrolled-status');
  loading(status);
  try {
    const enrolments = await load('/api/schedule/enrolments');
    replace(status, enrolments.length ? null : el('p', { class: 'muted' }, t('enrol.none')));
    $('enrolled-summary').textContent = t('enrol.summary', { count: number(enrolments.length) });
    $('count-enrol').textContent = enrolments.length ? number(enrolments.length) : '';
    const sorted = [...enrolments].sort((a, b) =>
      (a.classCode ?? '').localeCompare(b.classCode ?? '') || (a.pupilName ?? '').localeCompare(b.pupilName ?? ''));
    replace($('enrolled-body'), sorted.map((enrolment) => el('tr', { 'data-testid': 'enrolment-row' },
      el('td', {}, enrolment.pupilName),
      el('td', {}, enrolment.classCode ?? ''),
      el('td', { class: 'nowrap' }, `${tryT(`programme.short.${enrolment.programme}`) ?? enrolment.programme} · ${subjectName(enrolment.subject)}`),
      el('td', { class: 'num' }, enrolment.sessionsPerWeek),
      el('td', { class: 'actions' }, el('button', {
        type: 'button', class: 'secondary small',
        'aria-label': t('enrol.removeFor', { name: enrolment.pupilName }),
        onclick: (event) => unenrol(enrolment, event.currentTarget),
      }, t('enrol.remove'))))));
  } catch (error) {
    failed(status, error);
  }
}

async function unenrol(enrolment, button) {
  button.disabled = true;
  try {
    await api(`/api/schedule/enrolments/${enrolment.id}`, { method: 'DELETE' });
    forget('/api/schedule/enrolments');
    stale.add('pairs');
    await loadEnrolments();
  } catch (error) {
    button.disabled = false;
    failed($('enrolled-status'), error);
  }
}

async function enrol(pupilIds) {
  const status = $('enrol-status');
  const sessions = Number($('enrol-sessions').value);
  if (!Number.isInteger(sessions) || sessions < 1 || sessions > 5) {
    replace(status, notice('error', t('enrol.sessionsInvalid')));
    $('enrol-sessions').focus();
    return;
  }
  const minutesText = $('enrol-minutes').value.trim();
  const minutes = minutesText === '' ? null : Number(minutesText);
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < 15)) {
    replace(status, notice('error', t('enrol.minutesInvalid')));
    $('enrol-minutes').focus();
    return;
  }
  const buttons = [$('enrol-all'), $('enrol-selected')];
  buttons.forEach((button) => { button.disabled = true; });
  replace(status, el('p', { class: 'muted' }, t('enrol.busy')));
  try {
    const answer = await api('/api/schedule/enrolments', {
      method: 'POST',
      json: {
        pupilIds, programme: $('enrol-programme').value, subject: $('enrol-subject').value, sessionsPerWeek: sessions,
        sessionMinutes: minutes,
      },
    });
    replace(status, el('div', { class: 'notice success', 'data-testid': 'enrol-result', dataset: { enrolled: answer.enrolled } },
      t(answer.enrolled === 0 ? 'enrol.doneNone' : 'enrol.done', { count: number(answer.enrolled) }),
      ' ', el('a', { href: '#pairs' }, t('enrol.next'))));
    chosenPupils.clear();
    for (const box of $('enrol-pupils-body').querySelectorAll('input[type=checkbox]')) box.checked = false;
    syncPageBox();
    forget('/api/schedule/enrolments');
    stale.add('pairs');
    await loadEnrolments();
  } catch (error) {
    failed(status, error);
  } finally {
    $('enrol-all').disabled = false;
    showChosenCount();
  }
}

const enrolPupils = pupilPages({
  ids: {
    search: 'enrol-search', form: 'enrol-filter', classSelect: 'enrol-class', table: 'enrol-pupils-table',
    status: 'enrol-pupils-status', range: 'enrol-range', prev: 'enrol-prev', next: 'enrol-next',
  },
  pageSize: PAGE_SIZE,
  render: renderPupilPage,
  onError: failed,
});

function setUpEnrol() {
  $('enrol-programme').addEventListener('change', programmeChanged);
  $('enrol-all').addEventListener('click', () => enrol([]));
  $('enrol-selected').addEventListener('click', () => enrol([...chosenPupils]));
  $('enrol-form').addEventListener('submit', (event) => event.preventDefault());
  $('enrol-page-all').addEventListener('change', (event) => {
    for (const box of $('enrol-pupils-body').querySelectorAll('input[type=checkbox]')) {
      box.checked = event.target.checked;
      const id = Number(box.dataset.pupilId);
      if (box.checked) chosenPupils.add(id);
      else chosenPupils.delete(id);
    }
    showChosenCount();
  });
  showChosenCount();
}

async function enterEnrol(_, fresh) {
  if (!fresh) return;
  fillClassOptions($('enrol-class')).catch((error) => failed($('enrol-pupils-status'), error));
  await Promise.all([enrolPupils.load(), loadEnrolments()]);
}

// ---- Duo's ----

async function enterPairs(_, fresh) {
  if (!fresh) return;
  const status = $('pairs-status');
  loading(status);
  try {
    const [pairs, tutors] = await Promise.all([load('/api/schedule/pairs'), load('/api/roster/tutors')]);
    replace(status, pairs.length ? null : el('p', { class: 'muted' }, t('pairs.none')));
    showPairCount(pairs);
    replace($('pairs-body'), pairs.map((pair) => pairRow(pair, tutors)));
  } catch (error) {
    failed(status, error);
  }
}

function showPairCount(pairs) {
  const fixed = pairs.filter((pair) => pair.fixed).length;
  $('count-pairs').textContent = pairs.length ? number(pairs.length) : '';
  $('pairs-summary').textContent = pairs.length
    ? t('pairs.summary', { count: number(pairs.length), fixed: number(fixed) }) : '';
}

function pairRow(pair, tutors) {
  const label = pupilNames(pair.pupils);
  const teaching = tutors.filter((tutor) => (tutor.subjects ?? []).includes(pair.subject));
  const others = tutors.filter((tutor) => !(tutor.subjects ?? []).includes(pair.subject));
  const tutorSelect = el('select', { 'aria-label': t('pairs.tutorFor', { pupils: label }), class: 'compact' },
    el('option', { value: '' }, t('pairs.tutorAny')),
    el('optgroup', { label: t('pairs.teaches', { subject: subjectName(pair.subject) }) },
      teaching.map((tutor) => el('option', { value: tutor.id }, tutor.name))),
    others.length ? el('optgroup', { label: t('pairs.teachesNot') },
      others.map((tutor) => el('option', { value: tutor.id }, tutor.name))) : null);
  tutorSelect.value = pair.tutorId ?? '';
  const pinned = el('input', {
    type: 'checkbox', checked: pair.tutorPinned, disabled: pair.tutorId == null,
    'aria-label': t('pairs.tutorPinnedFor', { pupils: label }),
  });
  const fixed = el('input', { type: 'checkbox', checked: pair.fixed, 'aria-label': t('pairs.fixedFor', { pupils: label }) });
  const saveTutor = async () => {
    const tutorId = tutorSelect.value ? Number(tutorSelect.value) : null;
    pinned.disabled = tutorId === null;
    if (tutorId === null) pinned.checked = false;
    await pairChange(`/api/schedule/pairs/${pair.id}/tutor`, { tutorId, pinned: pinned.checked });
  };
  tutorSelect.addEventListener('change', () => {
    if (tutorSelect.value) pinned.checked = true; // a coordinator's choice is meant to stay
    saveTutor();
  });
  pinned.addEventListener('change', saveTutor);
  fixed.addEventListener('change', () => pairChange(`/api/schedule/pairs/${pair.id}/fixed`, { fixed: fixed.checked }));
  const split = pair.pupils.length === 2
    ? el('button', {
      type: 'button', class: 'secondary small', 'aria-label': t('pairs.splitFor', { pupils: label }),
      onclick: () => splitPair(pair, label),
    }, t('pairs.split'))
    : null;
  return el('tr', { 'data-testid': 'pair-row', dataset: { pairId: pair.id } },
    el('td', {}, pair.pupils.map((pupil, index) => el('span', { class: 'pair-pupil' },
      index ? ' · ' : null, pupil.name, ' ', el('span', { class: 'muted' }, pupil.classCode ?? '')))),
    el('td', {}, `${programmeName(pair.programme)} · ${subjectName(pair.subject)}`),
    el('td', { class: 'num' }, pair.sessionsPerWeek),
    el('td', {}, tutorSelect),
    el('td', { class: 'check' }, pinned),
    el('td', { class: 'check' }, fixed),
    el('td', { class: 'actions' }, split));
}

async function pairChange(path, json) {
  const status = $('pairs-status');
  try {
    await api(path, { method: 'PUT', json });
    forget('/api/schedule/pairs');
    stale.add('week');
    replace(status, notice('success', t('pairs.saved')));
  } catch (error) {
    failed(status, error);
  }
}

async function splitPair(pair, label) {
  if (!window.confirm(t('pairs.splitConfirm', { pupils: label }))) return;
  try {
    await api(`/api/schedule/pairs/${pair.id}/split`, { method: 'POST' });
    weekChanged();
    await enterPairs([], true);
    replace($('pairs-status'), notice('success', t('pairs.splitDone', { pupils: label })));
  } catch (error) {
    failed($('pairs-status'), error);
  }
}

function setUpPairs() {
  $('form-pairs').addEventListener('click', async () => {
    const button = $('form-pairs');
    const status = $('pairs-status');
    const existing = await load('/api/schedule/pairs').catch(() => []);
    if (existing.length && !window.confirm(t('pairs.formConfirm'))) return;
    button.disabled = true;
    replace(status, el('p', { class: 'muted' }, t('pairs.busy')));
    try {
      const pairs = await api('/api/schedule/pairs/form', { method: 'POST' });
      weekChanged();
      cache.set('/api/schedule/pairs', Promise.resolve(pairs));
      const tutors = await load('/api/roster/tutors');
      showPairCount(pairs);
      replace($('pairs-body'), pairs.map((pair) => pairRow(pair, tutors)));
      replace(status, pairs.length
        ? el('div', { class: 'notice success', 'data-testid': 'pairs-result' },
          t('pairs.formed', { count: number(pairs.length) }), ' ', el('a', { href: '#plan' }, t('pairs.next')))
        : el('p', { class: 'muted' }, t('pairs.none')));
    } catch (error) {
      failed(status, error);
    } finally {
      button.disabled = false;
    }
  });
}

// ---- Plannen: settings ----

let settings = null;

async function loadSettings() {
  const status = $('settings-status');
  try {
    settings = await api('/api/schedule/settings');
    $('settings-core').value = (settings.coreSubjects ?? []).join(' ');
    $('settings-allowed').value = (settings.allowedSubjects ?? []).join(' ');
    $('settings-max-missed').value = settings.maxMissedPerSubjectPerWeek;
    $('settings-time-limit').value = settings.timeLimitSeconds;
    if (!runTimeLimitTouched) $('run-time-limit').value = settings.timeLimitSeconds;
    replace($('settings-weights'), Object.entries(settings.softWeights ?? {}).map(([rule, weight], index) => {
      const id = `weight-${index}`;
      return el('div', { class: 'weight' },
        el('label', { for: id }, ruleName(rule)),
        el('input', { id, type: 'number', min: 0, max: 10000, step: 1, value: weight, class: 'short', dataset: { rule } }));
    }));
  } catch (error) {
    failed(status, error);
  }
}

function ruleName(constraint) {
  const slug = RULES[constraint];
  return (slug && tryT(`schedule.ruleName.${slug}`)) || constraint;
}

function words(text) {
  return text.split(/[\s,;]+/).map((word) => word.trim()).filter(Boolean);
}

function setUpSettings() {
  $('settings-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = $('settings-status');
    const softWeights = {};
    for (const input of $('settings-weights').querySelectorAll('input')) softWeights[input.dataset.rule] = Number(input.value);
    const button = $('settings-save');
    button.disabled = true;
    try {
      settings = await api('/api/schedule/settings', {
        method: 'PUT',
        json: {
          coreSubjects: words($('settings-core').value),
          allowedSubjects: words($('settings-allowed').value),
          maxMissedPerSubjectPerWeek: Number($('settings-max-missed').value),
          timeLimitSeconds: Number($('settings-time-limit').value),
          softWeights,
        },
      });
      if (!runTimeLimitTouched) $('run-time-limit').value = settings.timeLimitSeconds;
      replace(status, notice('success', t('settings.saved')));
    } catch (error) {
      failed(status, error);
    } finally {
      button.disabled = false;
    }
  });
}

// ---- Plannen: runs with live progress ----

let runTimeLimitTouched = false;
let currentRun = null;
let pollTimer = null;

async function startRun(mode) {
  const limit = Number($('run-time-limit').value);
  const errors = $('run-error');
  if (!Number.isInteger(limit) || limit < 1 || limit > 600) {
    replace(errors, notice('error', t('run.limitInvalid')));
    $('run-time-limit').focus();
    return;
  }
  replace(errors);
  setRunButtons(true);
  try {
    const run = await api('/api/schedule/runs', { method: 'POST', json: { mode, timeLimitSeconds: limit } });
    showRun(run);
    schedulePoll(run.id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      replace(errors, notice('warning', t('run.alreadyGoing')));
      followLatest();
    } else {
      replace(errors, notice('error', describeError(error)));
      setRunButtons(false);
    }
  }
}

function setRunButtons(solving) {
  $('run-generate').disabled = solving;
  $('run-replan').disabled = solving;
  $('run-stop').disabled = !solving;
  $('run-time-limit').disabled = solving;
}

function schedulePoll(id) {
  clearTimeout(pollTimer);
  pollTimer = setTimeout(() => poll(id), POLL_MS);
}

async function poll(id) {
  try {
    const run = await api(`/api/schedule/runs/${encodeURIComponent(id)}`);
    showRun(run);
    if (run.state === 'SOLVING') schedulePoll(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      setRunButtons(false);
      return;
    }
    replace($('run-error'), notice('error', describeError(error)));
    schedulePoll(id); // the server may be back in a moment; the run goes on regardless
  }
}

async function followLatest() {
  try {
    const run = await api('/api/schedule/runs/latest');
    showRun(run, { quiet: run.state !== 'SOLVING' });
    if (run.state === 'SOLVING') schedulePoll(run.id);
  } catch {
    setRunButtons(false); // no run yet: nothing to show
  }
}

/** Shows a run status; when a run ends, everything that shows the week is reloaded. */
function showRun(run, { quiet = false } = {}) {
  const previous = currentRun;
  currentRun = run;
  const solving = run.state === 'SOLVING';
  setRunButtons(solving);
  const panel = $('run-panel');
  panel.dataset.runId = run.id;
  panel.dataset.mode = run.mode;
  panel.dataset.state = run.state;

  const progress = $('run-progress');
  progress.value = Math.max(0, Math.min(1, run.progress ?? 0));
  const seconds = number(Math.round((run.elapsedMillis ?? 0) / 100) / 10);
  // the percentage and seconds tick every poll, outside the live region; the state line speaks only when it changes
  $('run-percent').textContent = t('run.percent', { percent: Math.round(progress.value * 100), seconds });
  const state = $('run-state');
  state.dataset.state = run.state;
  const stateText = t(`run.state.${run.state}`, { mode: t(`run.mode.${run.mode}`), seconds, limit: number(run.timeLimitSeconds ?? 0) });
  if (state.textContent !== stateText) state.textContent = stateText;

  const score = $('run-score');
  if (run.bestScore) {
    score.hidden = false;
    score.dataset.hard = run.hard;
    score.dataset.medium = run.medium;
    score.dataset.soft = run.soft;
    const item = (term, value, testid, kind) => [
      el('dt', {}, term), el('dd', { 'data-testid': testid, class: kind ?? null }, value)];
    replace(score,
      item(t(solving ? 'run.bestSoFar' : 'run.best'), el('span', { class: 'mono' }, run.bestScore), 'run-best-score'),
      item(t('run.hard'), penalty(run.hard), 'run-hard', run.hard ? 'bad' : 'good'),
      item(t('run.medium'), solving ? penalty(run.medium)
        : t('run.unplanned', { count: number(run.unplannedSessions ?? 0), points: penalty(run.medium) }),
      'run-medium', run.medium ? 'warn' : 'good'),
      item(t('run.soft'), penalty(run.soft), 'run-soft'));
  } else {
    score.hidden = !solving;
    replace(score, solving ? [el('dt', {}, t('run.bestSoFar')), el('dd', {}, t('run.noScoreYet'))] : []);
  }
  replace($('run-error'), run.state === 'FAILED'
    ? notice('error', t('run.failed', { error: run.error ?? '' })) : null);

  const banner = $('run-banner');
  banner.hidden = !solving || currentView() === 'plan';
  if (solving) $('run-banner-text').textContent = t('run.banner', { percent: Math.round(progress.value * 100) });

  const ended = !solving && (previous?.id !== run.id || previous?.state === 'SOLVING');
  if (ended && !quiet) {
    weekChanged();
    // the visible view shows the new week at once; the others when next opened
    const visible = currentView();
    if (visible && stale.has(visible)) route(false);
  }
}

// ---- Plannen: tutor absences ----

async function loadAbsences() {
  const status = $('absence-status');
  try {
    const [absences, tutors] = await Promise.all([api('/api/schedule/absences'), load('/api/roster/tutors')]);
    const keep = $('absence-tutor').value;
    replace($('absence-tutor'), tutors.map((tutor) => el('option', { value: tutor.id }, tutor.name)));
    if (keep) $('absence-tutor').value = keep;
    replace($('absence-list'), absences.length === 0
      ? el('li', { class: 'muted' }, t('absence.none'))
      : absences.map((absence) => el('li', { 'data-testid': 'absence-row', dataset: { tutorId: absence.tutorId, day: absence.day } },
        el('span', {}, t('absence.item', { tutor: absence.tutorName ?? '', day: t(`day.${absence.day}`) })),
        el('button', {
          type: 'button', class: 'secondary small',
          'aria-label': t('absence.removeFor', { tutor: absence.tutorName ?? '', day: t(`day.${absence.day}`) }),
          onclick: () => removeAbsence(absence),
        }, t('absence.remove')))));
  } catch (error) {
    failed(status, error);
  }
}

async function removeAbsence(absence) {
  try {
    await api(`/api/schedule/absences/${absence.tutorId}/${absence.day}`, { method: 'DELETE' });
    replace($('absence-status'), notice('success', t('absence.removed')));
    await loadAbsences();
  } catch (error) {
    failed($('absence-status'), error);
  }
}

function setUpAbsences() {
  replace($('absence-day'), SCHOOL_DAYS.map((day) => el('option', { value: day }, t(`day.${day}`))));
  $('absence-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const tutorId = Number($('absence-tutor').value);
    const day = $('absence-day').value;
    if (!tutorId || !day) return;
    try {
      await api('/api/schedule/absences', { method: 'POST', json: { tutorId, day } });
      replace($('absence-status'), notice('success', t('absence.added')));
      await loadAbsences();
    } catch (error) {
      failed($('absence-status'), error);
    }
  });
}

function setUpRuns() {
  $('run-time-limit').addEventListener('input', () => { runTimeLimitTouched = true; });
  $('run-generate').addEventListener('click', () => startRun('GENERATE'));
  $('run-replan').addEventListener('click', () => startRun('REPLAN'));
  $('run-stop').addEventListener('click', async () => {
    if (!currentRun) return;
    $('run-stop').disabled = true;
    try {
      showRun(await api(`/api/schedule/runs/${encodeURIComponent(currentRun.id)}`, { method: 'DELETE' }));
    } catch (error) {
      replace($('run-error'), notice('error', describeError(error)));
    }
  });
}

async function enterPlan(_, fresh) {
  if (!fresh) return;
  await Promise.all([loadSettings(), loadAbsences()]);
}

// ---- Weekrooster ----

const weekState = { kind: 'tutor', id: '', source: 'draft', selected: null, grid: null };
let weekRequest = 0;

async function itemsFor(kind) {
  if (kind === 'tutor') {
    const [tutors, week] = await Promise.all([load('/api/roster/tutors'), load('/api/schedule/week')]);
    const planned = new Map();
    for (const session of week.sessions) {
      if (session.day && session.tutorId != null) planned.set(session.tutorId, (planned.get(session.tutorId) ?? 0) + 1);
    }
    return tutors.map((tutor) => ({
      id: tutor.id, label: t('week.itemWithCount', { name: tutor.name, count: number(planned.get(tutor.id) ?? 0) }),
      count: planned.get(tutor.id) ?? 0,
    }));
  }
  if (kind === 'room') {
    return (await load('/api/roster/rooms')).map((room) => ({ id: room.id, label: room.name }));
  }
  if (kind === 'class') {
    return (await load('/api/roster/classes')).filter((klass) => klass.kind === 'CLASS')
      .map((klass) => ({ id: klass.id, label: klass.code }));
  }
  const enrolments = await load('/api/schedule/enrolments');
  const seen = new Map();
  for (const enrolment of enrolments) {
    if (!seen.has(enrolment.pupilId)) {
      seen.set(enrolment.pupilId, { id: enrolment.pupilId, label: `${enrolment.pupilName} (${enrolment.classCode ?? ''})` });
    }
  }
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
}

async function enterWeek([kind, id, source], fresh) {
  const status = $('week-status');
  weekState.kind = ['tutor', 'room', 'pupil', 'class'].includes(kind) ? kind : weekState.kind;
  weekState.source = source === 'published' ? 'published' : (kind ? 'draft' : weekState.source);
  $('week-kind').value = weekState.kind;
  $('week-source').value = weekState.source;
  $('week-item-label').textContent = t(`week.kind.${weekState.kind}`);
  let items;
  try {
    items = await itemsFor(weekState.kind);
  } catch (error) {
    failed(status, error);
    return;
  }
  replace($('week-item'), items.length === 0
    ? el('option', { value: '' }, t('week.noItems'))
    : items.map((item) => el('option', { value: item.id }, item.label)));
  let chosen = /^\d+$/.test(id ?? '') ? id : (kind ? '' : weekState.id);
  if (!chosen || !items.some((item) => String(item.id) === String(chosen))) {
    // a first visit: the first tutor with sessions, else the first in the list
    chosen = String((items.find((item) => item.count) ?? items[0])?.id ?? '');
  }
  if (String(weekState.id) !== String(chosen)) weekState.selected = null;
  weekState.id = chosen;
  $('week-item').value = chosen;
  if (fresh) showWeekSummary();
  await showGrid();
}

async function showWeekSummary() {
  try {
    const week = await load('/api/schedule/week');
    $('week-summary').textContent = week.sessions.length
      ? t('week.summary', { planned: number(week.planned), unplanned: number(week.unplanned) })
      : t('week.empty');
  } catch {
    // the grid reports its own errors
  }
}

async function showGrid() {
  const mine = ++weekRequest;
  const status = $('week-status');
  const holder = $('week-grid');
  if (!weekState.id) {
    replace(holder);
    replace(status, el('p', { class: 'muted' }, t('week.choose')));
    return;
  }
  loading(status);
  try {
    const path = `/api/schedule/grid/${weekState.kind}/${weekState.id}?source=${weekState.source}`;
    const [grid, week] = await Promise.all([api(path), load('/api/schedule/week')]);
    if (mine !== weekRequest) return;
    weekState.grid = grid;
    const draft = weekState.source === 'draft';
    const published = !draft && grid.version == null
      ? notice('warning', t('week.noPublished'))
      : null;
    const title = draft ? t('week.titleDraft', { title: grid.title })
      : grid.version != null ? t('week.titlePublished', { title: grid.title, version: grid.version }) : grid.title;
    replace(status, published);
    replace(holder,
      weekGrid({ ...grid, title }, {
        hide: { tutor: weekState.kind === 'tutor', room: weekState.kind === 'room' },
        ...(draft ? { onSession: chooseSession, selected: weekState.selected } : {}),
      }),
      draft ? unplannedHere(week) : null);
    if (draft && weekState.selected != null) {
      const session = week.sessions.find((s) => s.id === Number(weekState.selected));
      if (session) showSession(session);
    } else if (!draft) {
      replace($('session-body'), el('p', { class: 'muted' }, t('session.publishedReadOnly')));
    }
  } catch (error) {
    if (mine !== weekRequest) return;
    replace(holder);
    failed(status, error);
  }
}

/** The sessions of this grid's tutor, pupil or class that have no place yet: buttons to place them by hand. */
function unplannedHere(week) {
  const id = Number(weekState.id);
  const title = weekState.grid?.title;
  const here = week.sessions.filter((session) => !session.day && (
    (weekState.kind === 'tutor' && session.tutorId === id)
    || (weekState.kind === 'pupil' && session.pupils.some((pupil) => pupil.id === id))
    || (weekState.kind === 'class' && session.pupils.some((pupil) => pupil.classCode === title))));
  if (here.length === 0) return null;
  return el('section', { class: 'unplanned-here no-print', 'aria-labelledby': 'unplanned-here-heading' },
    el('h2', { id: 'unplanned-here-heading' }, t('week.unplannedHere', { count: number(here.length) })),
    el('ul', { class: 'plain-list' }, here.map((session) => el('li', {},
      el('button', {
        type: 'button', class: 'link-button', 'data-testid': 'unplanned-session',
        onclick: () => chooseSession({ sessionId: session.id }),
      }, `${pupilNames(session.pupils)} · ${subjectName(session.subject)} (${session.index})`)))));
}

async function chooseSession({ sessionId }) {
  weekState.selected = sessionId;
  for (const card of $('week-grid').querySelectorAll('[data-testid=session]')) {
    const chosen = card.dataset.sessionId === String(sessionId);
    card.classList.toggle('selected', chosen);
    card.setAttribute('aria-pressed', chosen ? 'true' : 'false');
  }
  const week = await load('/api/schedule/week');
  const session = week.sessions.find((s) => s.id === Number(sessionId));
  if (!session) return;
  showSession(session);
  $('session-heading').focus();
}

function showSession(session) {
  const body = $('session-body');
  $('session-heading').textContent = t('session.title', { subject: subjectName(session.subject), index: session.index });
  const planned = Boolean(session.day && session.roomId != null);
  const periods = weekState.grid?.periods ?? [];
  const daySelect = el('select', { id: 'move-day' },
    [...new Set(periods.map((p) => p.day))].map((day) => el('option', { value: day }, t(`day.${day}`))));
  const periodSelect = el('select', { id: 'move-period' });
  const fillPeriods = () => {
    const keep = periodSelect.value;
    replace(periodSelect, periods.filter((p) => p.day === daySelect.value).map((p) => el('option', { value: p.period },
      `${t('grid.periodNumber', { period: p.period })}${p.kind === 'EXTENDED_DAY' ? ` · ${t('grid.extendedDay')}` : ''}`)));
    if ([...periodSelect.options].some((option) => option.value === keep)) periodSelect.value = keep;
  };
  daySelect.addEventListener('change', fillPeriods);
  if (session.day) daySelect.value = session.day;
  fillPeriods();
  if (session.period != null) periodSelect.value = String(session.period);
  const roomSelect = el('select', { id: 'move-room' });
  load('/api/roster/rooms').then((rooms) => {
    replace(roomSelect, rooms.map((room) => el('option', { value: room.id }, t('session.roomOption', {
      room: room.name, capacity: number(room.capacity ?? 0) }))));
    if (session.roomId != null) roomSelect.value = String(session.roomId);
  }).catch(() => {});

  const pinButton = el('button', {
    type: 'button', id: 'session-pin', class: session.pinned ? 'secondary' : 'primary', disabled: !planned && !session.pinned,
    dataset: { pinned: session.pinned ? 'true' : 'false' },
    onclick: () => changeSession(session, { pinned: !session.pinned }),
  }, t(session.pinned ? 'session.unpin' : 'session.pin'));

  const moveForm = el('form', {
    class: 'move-form', novalidate: true,
    onsubmit: (event) => {
      event.preventDefault();
      changeSession(session, { day: daySelect.value, period: Number(periodSelect.value), roomId: Number(roomSelect.value) });
    },
  },
  el('h3', {}, t(planned ? 'session.move' : 'session.place')),
  el('div', { class: 'field' }, el('label', { for: 'move-day' }, t('session.day')), daySelect),
  el('div', { class: 'field' }, el('label', { for: 'move-period' }, t('session.period')), periodSelect),
  el('div', { class: 'field' }, el('label', { for: 'move-room' }, t('session.room')), roomSelect),
  el('button', { type: 'submit', id: 'move-submit', class: 'secondary' }, t(planned ? 'session.moveButton' : 'session.placeButton')));

  const reasons = el('div', { id: 'session-explanation', 'aria-live': 'polite' }, el('p', { class: 'muted' }, t('common.loading')));
  replace(body,
    el('dl', { class: 'facts', 'data-testid': 'session-facts', dataset: { sessionId: session.id } },
      el('dt', {}, t('session.pupils')), el('dd', {}, pupilNames(session.pupils) || dash()),
      el('dt', {}, t('session.tutor')), el('dd', {}, session.tutorName ?? t('session.noTutor')),
      el('dt', {}, t('session.time')), el('dd', {}, when(session)),
      el('dt', {}, t('session.room')), el('dd', {}, session.roomName ?? dash()),
      el('dt', {}, t('session.status')), el('dd', { id: 'session-status-text' },
        t(session.pinned ? 'session.isPinned' : 'session.isFree'),
        session.movedSincePublished ? el('span', { class: 'badge warn' }, t('session.moved')) : null)),
    el('p', { class: 'hint' }, t('session.pinHint')),
    pinButton,
    el('div', { id: 'session-change-status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    el('h3', {}, t('session.why')),
    reasons,
    moveForm);
  explainSession(session, reasons);
}

async function explainSession(session, holder) {
  try {
    const [why] = await Promise.all([explain(), load('/api/schedule/week')]);
    if (!holder.isConnected) return;
    const breaches = why.bySession?.[session.id] ?? [];
    const reason = why.unplanned?.[session.id];
    const items = [
      reason ? el('li', { class: 'level-MEDIUM' }, unplannedText(reason)) : null,
      ...breaches.filter((breach) => !(reason && breach.constraint === 'Unplanned session'))
        .map((breach) => breachItem(breach)),
    ].filter(Boolean);
    replace(holder, items.length
      ? el('ul', { class: 'breaches', 'data-testid': 'session-breaches' }, items)
      : el('p', { class: 'muted' }, t('session.nothingBroken')));
  } catch (error) {
    if (holder.isConnected) replace(holder, notice('error', describeError(error)));
  }
}

async function changeSession(session, change) {
  const status = $('session-change-status');
  try {
    await api(`/api/schedule/sessions/${session.id}`, { method: 'PATCH', json: change });
    weekChanged();
    stale.delete('week');
    showWeekSummary();
    await showGrid();
    const text = change.pinned === undefined ? t('session.movedDone') : t(change.pinned ? 'session.pinnedDone' : 'session.unpinnedDone');
    const after = $('session-change-status');
    if (after) replace(after, notice('success', text));
  } catch (error) {
    if (status?.isConnected) failed(status, error);
  }
}

function setUpWeek() {
  $('week-kind').addEventListener('change', () => {
    location.hash = `#week/${$('week-kind').value}`;
  });
  $('week-item').addEventListener('change', () => {
    const source = $('week-source').value === 'published' ? '/published' : '';
    location.hash = `#week/${$('week-kind').value}/${$('week-item').value}${source}`;
  });
  $('week-source').addEventListener('change', () => {
    const source = $('week-source').value === 'published' ? '/published' : '';
    location.hash = `#week/${$('week-kind').value}/${$('week-item').value}${source}`;
  });
  $('week-print').addEventListener('click', () => window.print());
}

// ---- Uitleg ----

let explanation = null;

function explain() {
  if (!explanation) {
    explanation = api('/api/schedule/explanation').catch((error) => {
      explanation = null;
      throw error;
    });
  }
  return explanation;
}

/** The breach in plain words: `schedule.rule.<slug>` with its facts, else the planner's English description. */
function breachText(breach, sessions) {
  const slug = RULES[breach.constraint];
  const session = sessions?.get(breach.sessionIds?.[0]);
  const rooms = /(\d+) rooms?/.exec(breach.problem ?? '')?.[1];
  const params = {
    pupils: pupilNames(breach.pupils?.length ? breach.pupils : session?.pupils ?? []) || null,
    tutor: breach.tutorName ?? session?.tutorName ?? null,
    day: breach.day ? dayInSentence(breach.day) : null,
    period: breach.period ?? null,
    subject: subjectName(breach.subject ?? session?.subject) || null,
    rooms: rooms ? number(Number(rooms)) : null,
  };
  return (slug && tryT(`schedule.rule.${slug}`, params)) || breach.description || breach.constraint;
}

function breachItem(breach) {
  return el('li', { class: `level-${breach.level}`, dataset: { constraint: breach.constraint } },
    el('span', { class: 'level-tag' }, t(`level.${breach.level}`)), ' ', breachText(breach, sessionIndex));
}

function unplannedText(reason) {
  return tryT(`unplanned.${reason}`) ?? reason;
}

let sessionIndex = new Map();

async function refreshSessionIndex() {
  const week = await load('/api/schedule/week');
  sessionIndex = new Map(week.sessions.map((session) => [session.id, session]));
  return week;
}

/** Every breach once (the API lists each under its sessions and its pupils). */
function allBreaches(why) {
  const seen = new Map();
  for (const list of [...Object.values(why.bySession ?? {}), ...Object.values(why.byPupil ?? {})]) {
    for (const breach of list) {
      const key = JSON.stringify([breach.constraint, breach.sessionIds, (breach.pupils ?? []).map((p) => p.id),
        breach.tutorId, breach.day, breach.period, breach.subject, breach.problem]);
      if (!seen.has(key)) seen.set(key, breach);
    }
  }
  return [...seen.values()];
}

async function enterExplain(_, fresh) {
  if (!fresh) return;
  const status = $('explain-status');
  loading(status);
  try {
    const [why, week] = await Promise.all([explain(), refreshSessionIndex()]);
    replace(status, week.sessions.length ? null : el('p', { class: 'muted' }, t('week.empty')));
    const score = parseScore(why.score);
    $('explain-score').textContent = score
      ? t(why.feasible ? 'explain.scoreFeasible' : 'explain.scoreInfeasible', {
        hard: penalty(score.hard), medium: penalty(score.medium), soft: penalty(score.soft) })
      : '';
    renderRules(why);
    renderUnplanned(why);
    fillExplainPupils(why);
  } catch (error) {
    failed(status, error);
  }
}

function renderRules(why) {
  const breaches = allBreaches(why);
  const rows = [];
  if ((why.rules ?? []).length === 0) {
    rows.push(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, t('explain.noRules'))));
  }
  for (const [index, rule] of (why.rules ?? []).entries()) {
    const detailsId = `rule-details-${index}`;
    const matching = breaches.filter((breach) => breach.constraint === rule.constraint)
      .sort((a, b) => b.impact - a.impact);
    const shown = matching.slice(0, 100);
    const details = el('tr', { id: detailsId, class: 'rule-details', hidden: true },
      el('td', { colspan: 5 },
        el('ul', { class: 'breaches' }, shown.map((breach) => el('li', {}, breachText(breach, sessionIndex)))),
        matching.length > shown.length
          ? el('p', { class: 'muted' }, t('explain.more', { count: number(matching.length - shown.length) })) : null));
    const toggle = el('button', {
      type: 'button', class: 'secondary small', 'aria-expanded': 'false', 'aria-controls': detailsId,
      onclick: (event) => {
        const open = details.hidden;
        details.hidden = !open;
        event.currentTarget.setAttribute('aria-expanded', String(open));
        event.currentTarget.textContent = t(open ? 'explain.hide' : 'explain.show');
      },
    }, t('explain.show'));
    rows.push(el('tr', { class: `level-${rule.level}`, 'data-testid': 'rule-row', dataset: { constraint: rule.constraint } },
      el('td', {}, el('span', { class: 'level-tag' }, t(`level.${rule.level}`))),
      el('th', { scope: 'row' }, ruleName(rule.constraint)),
      el('td', { class: 'num' }, number(rule.matches)),
      el('td', { class: 'num' }, number(rule.impact)),
      el('td', { class: 'actions' }, matching.length ? toggle : null)), details);
  }
  replace($('rules-body'), rows);
}

function renderUnplanned(why) {
  const entries = Object.entries(why.unplanned ?? {});
  if (entries.length === 0) {
    replace($('unplanned-list'), el('p', { class: 'muted' }, t('explain.allPlanned')));
    return;
  }
  replace($('unplanned-list'), el('table', { class: 'data', 'data-testid': 'unplanned-table' },
    el('caption', { class: 'visually-hidden' }, t('explain.unplanned')),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('session.pupils')),
      el('th', { scope: 'col' }, t('session.tutor')),
      el('th', { scope: 'col' }, t('explain.reason')))),
    el('tbody', {}, entries.map(([id, reason]) => {
      const session = sessionIndex.get(Number(id));
      return el('tr', { 'data-testid': 'unplanned-row' },
        el('td', {}, session ? pupilNames(session.pupils) : `#${id}`),
        el('td', {}, session?.tutorId != null
          ? el('a', { href: `#week/tutor/${session.tutorId}` }, session.tutorName ?? '') : dash()),
        el('td', {}, unplannedText(reason)));
    }))));
}

function fillExplainPupils(why) {
  const select = $('explain-pupil');
  const counts = new Map();
  const labels = new Map();
  for (const [pupilId, list] of Object.entries(why.byPupil ?? {})) {
    const relevant = list.filter((breach) => !TUTOR_DAY_RULES.has(breach.constraint));
    if (relevant.length === 0) continue;
    counts.set(pupilId, relevant.length);
    const pupil = relevant.flatMap((breach) => breach.pupils ?? []).find((p) => String(p.id) === pupilId);
    labels.set(pupilId, pupil ? `${pupil.name} (${pupil.classCode ?? ''})` : `#${pupilId}`);
  }
  const ids = [...counts.keys()].sort((a, b) => labels.get(a).localeCompare(labels.get(b)));
  const keep = select.value;
  replace(select, el('option', { value: '' }, ids.length ? t('explain.choosePupil') : t('explain.noPupils')),
    ids.map((id) => el('option', { value: id }, t('week.itemWithCount', { name: labels.get(id), count: number(counts.get(id)) }))));
  select.value = ids.includes(keep) ? keep : '';
  showPupilExplanation(why);
}

function showPupilExplanation(why) {
  const id = $('explain-pupil').value;
  const result = $('explain-pupil-result');
  if (!id) {
    replace(result);
    return;
  }
  const list = (why.byPupil?.[id] ?? []).filter((breach) => !TUTOR_DAY_RULES.has(breach.constraint));
  const unplanned = Object.entries(why.unplanned ?? {}).filter(([sessionId]) =>
    sessionIndex.get(Number(sessionId))?.pupils.some((pupil) => String(pupil.id) === id));
  replace(result,
    el('ul', { class: 'breaches', 'data-testid': 'pupil-breaches' },
      list.filter((breach) => breach.constraint !== 'Unplanned session').map((breach) => breachItem(breach)),
      unplanned.map(([, reason]) => el('li', { class: 'level-MEDIUM' },
        el('span', { class: 'level-tag' }, t('level.MEDIUM')), ' ', t('explain.pupilUnplanned', { reason: unplannedText(reason) })))),
    el('p', {}, el('a', { href: `#week/pupil/${id}` }, t('explain.pupilGrid'))));
}

function setUpExplain() {
  $('explain-refresh').addEventListener('click', () => {
    weekChanged();
    stale.delete('explain');
    enterExplain([], true);
  });
  $('explain-pupil').addEventListener('change', async () => showPupilExplanation(await explain()));
}

// ---- Publiceren ----

function dateTime(text) {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return text ?? '';
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

async function loadVersions() {
  const status = $('versions-status');
  try {
    const versions = await api('/api/schedule/versions');
    replace(status, versions.length ? null : el('p', { class: 'muted' }, t('publish.noVersions')));
    replace($('versions-body'), versions.map((version) => el('tr', { 'data-testid': 'version-row' },
      el('td', { class: 'num' }, version.number),
      el('td', {}, dateTime(version.publishedAt)),
      el('td', {}, scoreText(version.score)))));
  } catch (error) {
    failed(status, error);
  }
}

async function fillCalendarItems() {
  const kind = $('calendar-kind').value;
  const items = kind === 'tutor'
    ? (await load('/api/roster/tutors')).map((tutor) => ({ id: tutor.id, label: tutor.name }))
    : await itemsFor('pupil');
  replace($('calendar-item'), items.map((item) => el('option', { value: item.id }, item.label)));
}

function setUpPublish() {
  $('publish').addEventListener('click', async () => {
    const button = $('publish');
    const status = $('publish-status');
    button.disabled = true;
    replace(status, el('p', { class: 'muted' }, t('publish.busy')));
    try {
      const version = await api('/api/schedule/publish', { method: 'POST' });
      replace(status, notice('success', t('publish.done', {
        number: version.number, score: scoreText(version.score), when: dateTime(version.publishedAt) })));
      weekChanged();
      await loadVersions();
    } catch (error) {
      failed(status, error);
    } finally {
      button.disabled = false;
    }
  });
  $('calendar-kind').addEventListener('change', () => {
    $('calendar-result').hidden = true;
    fillCalendarItems().catch((error) => failed($('calendar-status'), error));
  });
  $('calendar-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const id = Number($('calendar-item').value);
    if (!id) return;
    const body = $('calendar-kind').value === 'tutor' ? { tutorId: id } : { pupilId: id };
    try {
      const link = await api('/api/schedule/calendar-links', { method: 'POST', json: body });
      $('calendar-url').value = new URL(link.path, location.origin).toString();
      $('calendar-result').hidden = false;
      replace($('calendar-status'));
      $('calendar-url').select();
    } catch (error) {
      failed($('calendar-status'), error);
    }
  });
  $('calendar-copy').addEventListener('click', async () => {
    const input = $('calendar-url');
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      replace($('calendar-status'), notice('success', t('calendar.copied')));
    } catch {
      replace($('calendar-status'), notice('info', t('calendar.copyByHand')));
    }
  });
}

async function enterPublish(_, fresh) {
  if (!fresh) return;
  await Promise.all([loadVersions(), fillCalendarItems().catch((error) => failed($('calendar-status'), error))]);
}

// ---- routing ----

const views = {
  enrol: enterEnrol,
  pairs: enterPairs,
  plan: enterPlan,
  week: enterWeek,
  explain: enterExplain,
  publish: enterPublish,
};
const seen = new Set();

function currentView() {
  const name = location.hash.replace(/^#/, '').split('/')[0];
  return name in views ? name : 'enrol';
}

function route(moveFocus) {
  const [, ...rest] = location.hash.replace(/^#/, '').split('/');
  const current = currentView();
  for (const view of Object.keys(views)) {
    $(`view-${view}`).hidden = view !== current;
  }
  for (const link of document.querySelectorAll('.view-nav a[data-view]')) {
    if (link.dataset.view === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (currentRun?.state === 'SOLVING') $('run-banner').hidden = current === 'plan';
  const fresh = !seen.has(current) || stale.has(current);
  seen.add(current);
  stale.delete(current);
  views[current](rest, fresh);
  if (moveFocus) $(`${current}-heading`).focus({ preventScroll: false });
}

setUpEnrol();
setUpPairs();
setUpSettings();
setUpRuns();
setUpAbsences();
setUpWeek();
setUpExplain();
setUpPublish();
showSchoolName();
load('/api/schedule/pairs').then(showPairCount).catch(() => {});
load('/api/schedule/enrolments').then((list) => {
  $('count-enrol').textContent = list.length ? number(list.length) : '';
}).catch(() => {});
window.addEventListener('hashchange', () => route(true));
route(false);
followLatest();
