// The coordinator's roster: pupils, classes (and sign-in codes), tutors, rooms, week grids, import.
// Hash routing (#pupils, #classes, #timetable/class/12, #timetable/pupil/34, #import) so every
// view can be linked to. Each view is built once and keeps its state while the user moves around.
import {
  api, ApiError, dash, debounce, describeError, el, notice, number, pupilPages, replace, setSchoolName, startPage, t,
  tryT, uploadFailure, wireSkipLink,
} from './app.js';
import { weekGrid } from './timetable.js';

await startPage({ roles: ['COORDINATOR'] });
wireSkipLink();

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 50;
const DAY_ORDER = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DUTCH_DAY_CODES = {
  ma: 'MONDAY', di: 'TUESDAY', wo: 'WEDNESDAY', do: 'THURSDAY', vr: 'FRIDAY', za: 'SATURDAY', zo: 'SUNDAY',
};

// ---- data shared by several views, fetched once and forgotten after an import ----

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

const stale = new Set(); // views to reload when next shown

function rosterChanged() {
  cache.clear();
  for (const name of Object.keys(views)) stale.add(name);
  showSummary();
}

function loading(status) {
  replace(status, el('p', { class: 'muted' }, t('common.loading')));
}

function failed(status, error) {
  replace(status, notice('error', describeError(error)));
}

// ---- summary: school name, counts in the navigation ----

async function showSummary() {
  try {
    const summary = await load('/api/roster/summary');
    setSchoolName(summary.schoolName);
    $('count-pupils').textContent = number(summary.pupils ?? 0);
    $('count-classes').textContent = number((summary.classes ?? 0) + (summary.teachingGroups ?? 0));
    $('count-tutors').textContent = number(summary.tutors ?? 0);
    $('count-rooms').textContent = number(summary.rooms ?? 0);
    const counts = {
      pupils: number(summary.pupils ?? 0), classes: number(summary.classes ?? 0),
      groups: number(summary.teachingGroups ?? 0), hdt: number(summary.hdtCandidates ?? 0),
    };
    $('pupils-summary').textContent = summary.teachingGroups
      ? t('pupils.summary', counts)
      : t('pupils.summaryNoGroups', counts);
  } catch {
    // the counts are a courtesy; each view reports its own errors
  }
}

// ---- Leerlingen ----


function pupilName(pupil) {
  return `${pupil.firstName ?? ''} ${pupil.lastName ?? ''}`.trim();
}

async function fillClassOptions(select, { groups }) {
  const classes = await load('/api/roster/classes');
  const keep = select.value;
  const first = select.options[0];
  const option = (klass) => el('option', { value: klass.id }, klass.code);
  const ofKind = (kind) => classes.filter((klass) => klass.kind === kind);
  if (groups) {
    replace(select, first,
      el('optgroup', { label: t('class.kind.CLASS') }, ofKind('CLASS').map(option)),
      el('optgroup', { label: t('class.kind.TEACHING_GROUP') }, ofKind('TEACHING_GROUP').map(option)));
  } else {
    replace(select, first, ofKind('CLASS').map(option));
  }
  select.value = keep;
}

function renderPupils({ items }) {
  replace($('pupils-body'), items.map((pupil) => {
    const link = `#timetable/pupil/${pupil.id}`;
    return el('tr', {
      'data-testid': 'pupil-row', dataset: { pupilId: pupil.id },
      onclick: (event) => {
        if (!event.target.closest('a')) location.hash = link;
      },
    },
    el('td', { class: 'mono' }, pupil.externalId ?? ''),
    el('td', {}, el('a', { href: link, 'data-testid': 'pupil-link' }, `${pupil.lastName ?? ''}, ${pupil.firstName ?? ''}`)),
    el('td', {}, pupil.classCode ?? ''),
    el('td', { class: 'num' }, pupil.year ?? ''),
    el('td', {}, pupil.level ?? ''),
    el('td', {}, pupil.hdtCandidate ? el('span', { class: 'badge' }, t('pupils.hdtYes')) : null));
  }));
}

const pupilList = pupilPages({
  ids: {
    search: 'pupil-search', form: 'pupils-filter', classSelect: 'pupil-class', table: 'pupils-table',
    status: 'pupils-status', range: 'pupils-range', prev: 'pupils-prev', next: 'pupils-next',
  },
  pageSize: PAGE_SIZE,
  render: renderPupils,
  onError: failed,
});

async function enterPupils(_, fresh) {
  if (!fresh) return;
  fillClassOptions($('pupil-class'), { groups: false }).catch((error) => failed($('pupils-status'), error));
  await pupilList.load();
}

// ---- Klassen and sign-in codes ----

async function enterClasses(_, fresh) {
  if (!fresh) return;
  const status = $('classes-status');
  loading(status);
  try {
    const classes = await load('/api/roster/classes');
    replace(status, classes.length ? null : el('p', { class: 'muted' }, t('classes.none')));
    replace($('classes-body'), classes.map(classRow));
  } catch (error) {
    failed(status, error);
  }
}

function classRow(klass) {
  const timetable = `#timetable/class/${klass.id}`;
  const issue = klass.kind === 'CLASS'
    ? el('button', {
      type: 'button', class: 'secondary small', 'data-testid': 'issue-codes',
      'aria-label': t('classes.issueCodesFor', { code: klass.code }),
      onclick: (event) => issueCodes(klass, event.currentTarget),
    }, t('classes.issueCodes'))
    : null;
  return el('tr', { 'data-testid': 'class-row', dataset: { classId: klass.id, kind: klass.kind } },
    el('th', { scope: 'row' }, el('a', { href: timetable, 'data-testid': 'class-link' }, klass.code)),
    el('td', {}, t(`class.kind.${klass.kind}`)),
    el('td', { class: 'num' }, klass.year ?? ''),
    el('td', {}, klass.level ?? ''),
    el('td', { class: 'num' }, number(klass.pupils ?? 0)),
    el('td', { class: 'mono' }, klass.signinCode ?? dash()),
    el('td', { class: 'actions' },
      el('a', { href: timetable, class: 'button-link small', 'aria-label': t('classes.timetableFor', { code: klass.code }) },
        t('classes.timetable')),
      issue));
}

async function issueCodes(klass, button) {
  const question = klass.signinCode
    ? t('codes.confirmReplace', { code: klass.code })
    : t('codes.confirm', { code: klass.code });
  if (!window.confirm(question)) return;
  button.disabled = true;
  try {
    const result = await api(`/api/roster/classes/${klass.id}/signin-codes`, { method: 'POST' });
    cache.delete('/api/roster/classes');
    showCodes(klass, result);
  } catch (error) {
    failed($('classes-status'), error);
  } finally {
    button.disabled = false;
  }
}

function showCodes(klass, { classCode, pupils }) {
  const sorted = [...pupils].sort((a, b) =>
    (a.lastName ?? '').localeCompare(b.lastName ?? '') || (a.firstName ?? '').localeCompare(b.firstName ?? ''));
  $('codes-heading').textContent = t('codes.heading', { code: klass.code });
  $('codes-how').textContent = t('codes.how', { url: `${location.origin}/login.html#pupil`, classCode });
  replace($('codes-list'), sorted.map((pupil) => el('li', { class: 'code-card', 'data-testid': 'code-card' },
    el('span', { class: 'name' }, pupilName(pupil)),
    el('span', { class: 'pair' }, el('span', { class: 'label' }, t('codes.classCode')), el('span', { class: 'code' }, classCode)),
    el('span', { class: 'pair' }, el('span', { class: 'label' }, t('codes.personalCode')),
      el('span', { class: 'code', 'data-testid': 'personal-code' }, pupil.personalCode)))));
  $('classes-list').hidden = true;
  $('codes-panel').hidden = false;
  $('codes-heading').focus();
}

function setUpClasses() {
  $('codes-print').addEventListener('click', () => window.print());
  $('codes-close').addEventListener('click', async () => {
    $('codes-panel').hidden = true;
    replace($('codes-list'));
    $('classes-list').hidden = false;
    await enterClasses([], true);
    $('classes-heading').focus();
  });
}

// ---- Tutoren ----

function shortDay(day) {
  return t(`day.short.${day}`);
}

/** "ma 1–4, 6 · di 2" from [{day, period}]. */
function availabilityText(availability = []) {
  const byDay = new Map();
  for (const { day, period } of availability) {
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(period);
  }
  return DAY_ORDER.filter((day) => byDay.has(day)).map((day) => {
    const periods = [...new Set(byDay.get(day))].sort((a, b) => a - b);
    const ranges = [];
    for (const period of periods) {
      const last = ranges[ranges.length - 1];
      if (last && period === last[1] + 1) last[1] = period;
      else ranges.push([period, period]);
    }
    return `${shortDay(day)} ${ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ')}`;
  }).join(' · ');
}

async function enterTutors(_, fresh) {
  if (!fresh) return;
  const status = $('tutors-status');
  loading(status);
  try {
    const tutors = await load('/api/roster/tutors');
    replace(status, tutors.length ? null : el('p', { class: 'muted' }, t('tutors.none')));
    replace($('tutors-body'), tutors.map((tutor) => el('tr', { 'data-testid': 'tutor-row' },
      el('td', { class: 'mono' }, tutor.externalId ?? ''),
      el('th', { scope: 'row' }, tutor.name ?? ''),
      el('td', {}, (tutor.subjects ?? []).join(', ')),
      el('td', { class: 'num' }, tutor.maxSessionsPerDay ?? ''),
      el('td', { class: 'availability' }, tutor.availability?.length
        ? availabilityText(tutor.availability) : dash()))));
  } catch (error) {
    failed(status, error);
  }
}

// ---- Lokalen ----

async function enterRooms(_, fresh) {
  if (!fresh) return;
  const status = $('rooms-status');
  loading(status);
  try {
    const rooms = await load('/api/roster/rooms');
    replace(status, rooms.length ? null : el('p', { class: 'muted' }, t('rooms.none')));
    replace($('rooms-body'), rooms.map((room) => el('tr', { 'data-testid': 'room-row' },
      el('td', { class: 'mono' }, room.externalId ?? ''),
      el('th', { scope: 'row' }, room.name ?? ''),
      el('td', { class: 'num' }, room.capacity ?? ''),
      el('td', {}, room.kind ?? ''))));
  } catch (error) {
    failed(status, error);
  }
}

// ---- Rooster (week grids) ----

let timetableRequest = 0;

async function enterTimetable([kind, id], fresh) {
  if (fresh) {
    fillClassOptions($('tt-class'), { groups: true })
      .then(() => { $('tt-class').value = kind === 'class' ? id : ''; })
      .catch((error) => failed($('timetable-status'), error));
  }
  $('tt-class').value = kind === 'class' ? id : '';
  $('tt-pupil-results').hidden = true;

  const mine = ++timetableRequest;
  const status = $('timetable-status');
  const holder = $('timetable-grid');
  if ((kind !== 'class' && kind !== 'pupil') || !/^\d+$/.test(id ?? '')) {
    replace(holder);
    replace(status, el('p', { class: 'muted' }, t('timetable.choose')));
    return;
  }
  loading(status);
  try {
    const path = kind === 'class' ? `/api/roster/classes/${id}/timetable` : `/api/roster/pupils/${id}/timetable`;
    const timetable = await api(path);
    if (mine !== timetableRequest) return;
    replace(status);
    replace(holder, weekGrid(timetable));
  } catch (error) {
    if (mine !== timetableRequest) return;
    replace(holder);
    if (error instanceof ApiError && error.status === 404) replace(status, notice('error', t('timetable.notFound')));
    else failed(status, error);
  }
}

function setUpTimetable() {
  $('tt-class').addEventListener('change', () => {
    const id = $('tt-class').value;
    location.hash = id ? `#timetable/class/${id}` : '#timetable';
  });

  const input = $('tt-pupil');
  const results = $('tt-pupil-results');
  let request = 0;
  const search = debounce(async () => {
    const q = input.value.trim();
    const mine = ++request;
    if (!q) {
      results.hidden = true;
      return;
    }
    try {
      const page = await api(`/api/roster/pupils?${new URLSearchParams({ q, limit: 8, offset: 0 })}`);
      if (mine !== request) return;
      replace(results, page.items.length === 0
        ? el('li', { class: 'muted' }, t('pupils.none'))
        : page.items.map((pupil) => el('li', {},
          el('a', { href: `#timetable/pupil/${pupil.id}`, 'data-testid': 'picker-pupil' },
            `${pupilName(pupil)} `, el('span', { class: 'muted' }, pupil.classCode ?? '')))));
      results.hidden = false;
    } catch (error) {
      failed($('timetable-status'), error);
    }
  }, 200);
  input.addEventListener('input', search);
  input.closest('.pupil-picker').addEventListener('focusout', (event) => {
    if (!event.currentTarget.contains(event.relatedTarget)) results.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && results.childElementCount) results.hidden = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      results.querySelector('a')?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      results.hidden = true;
    }
  });
  results.addEventListener('keydown', (event) => {
    const links = [...results.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < links.length - 1) links[at + 1].focus();
    else if (event.key === 'ArrowUp') (at > 0 ? links[at - 1] : input).focus();
    else if (event.key === 'Escape') {
      results.hidden = true;
      input.focus();
    } else return;
    event.preventDefault();
  });
}

// ---- Importeren ----

function setUpImport() {
  const input = $('import-files');
  const button = $('import-submit');
  input.addEventListener('change', () => {
    const files = [...input.files];
    replace($('import-chosen'), files.map((file) => el('li', {}, file.name)));
    button.disabled = files.length === 0;
  });
  $('import-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const files = [...input.files];
    if (files.length === 0) return;
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const result = $('import-result');
    button.disabled = true;
    replace(result, el('p', { class: 'muted' }, t('import.busy')));
    try {
      const answer = await api('/api/roster/import', { method: 'POST', form });
      replace(result, importSummary(answer, files));
      rosterChanged();
    } catch (error) {
      replace(result, uploadFailure(error, { describe: problemText, countKey: 'import.problemCount' }));
    } finally {
      // the next upload starts from a fresh choice (the files may have been edited meanwhile)
      input.value = '';
      replace($('import-chosen'));
      button.disabled = true;
    }
  });
}

function entityName(entity) {
  return tryT(`import.entity.${entity}`) ?? entity;
}

function importSummary({ files, created, updated, stored }, chosen) {
  const names = files?.length ? files : chosen.map((file) => file.name);
  // {created, updated} per kind; or {stored} per kind when the server does not tell new from updated
  const columns = created || updated
    ? [['import.col.created', created ?? {}], ['import.col.updated', updated ?? {}]]
    : [['import.col.stored', stored ?? {}]];
  const entities = [...new Set(columns.flatMap(([, counts]) => Object.keys(counts)))];
  return el('div', { class: 'notice success', 'data-testid': 'import-success' },
    el('h2', {}, t('import.success')),
    el('p', {}, t('import.successFiles', { files: names.join(', ') })),
    entities.length ? el('table', { class: 'data compact' },
      el('caption', { class: 'visually-hidden' }, t('import.success')),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, t('import.col.entity')),
        columns.map(([key]) => el('th', { scope: 'col', class: 'num' }, t(key))))),
      el('tbody', {}, entities.map((entity) => el('tr', {},
        el('th', { scope: 'row' }, entityName(entity)),
        columns.map(([, counts]) => el('td', { class: 'num' }, number(counts[entity] ?? 0))))))) : null);
}

/** The problem in the user's language: `import.problem.<code>` with its params, else the server's English. */
function problemText(problem) {
  const params = {
    file: problem.file || null, line: problem.line > 0 ? problem.line : null, columnName: problem.columnName || null,
    column: problem.columnName || (problem.column > 0 ? problem.column : null), ...(problem.params ?? {}),
  };
  const day = DAY_ORDER.includes(params.day) ? params.day : DUTCH_DAY_CODES[params.day];
  if (day) params.day = t(`day.${day}`);
  return (problem.code && tryT(`import.problem.${problem.code}`, params)) || problem.message || problem.code || '';
}


// ---- routing ----

const views = {
  pupils: enterPupils,
  classes: enterClasses,
  tutors: enterTutors,
  rooms: enterRooms,
  timetable: enterTimetable,
  import: async () => {},
};
const seen = new Set();

function route(moveFocus) {
  const [name, ...rest] = location.hash.replace(/^#/, '').split('/');
  const current = name in views ? name : 'pupils';
  for (const view of Object.keys(views)) {
    $(`view-${view}`).hidden = view !== current;
  }
  for (const link of document.querySelectorAll('.view-nav a')) {
    if (link.dataset.view === current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const fresh = !seen.has(current) || stale.has(current);
  seen.add(current);
  stale.delete(current);
  views[current](rest, fresh);
  if (moveFocus) $(`${current}-heading`).focus({ preventScroll: false });
}

setUpClasses();
setUpTimetable();
setUpImport();
showSummary();
window.addEventListener('hashchange', () => route(true));
route(false);
