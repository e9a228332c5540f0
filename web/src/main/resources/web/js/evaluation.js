// The evaluator's page: studies (list and new), one study's results per measure (the groups with
// every missing measure counted, d_z, Hedges' g with its interval read in plain words, gain by
// dosage quartile, growth and scatter charts drawn by hand as SVG) with its exports, and the import
// of external test scores. Hash routing: #studies, #new, #tests, #study/12, #study/12/test%3ADIA.
import {
  api, ApiError, dash, describeError, el, lang, notice, number, replace, setSchoolName, startPage, t, tryT,
  uploadFailure, wireSkipLink,
} from './app.js';

await startPage({ roles: ['EVALUATOR'] });
wireSkipLink();

const $ = (id) => document.getElementById(id);
const SVG_NS = 'http://www.w3.org/2000/svg';
const TUTORED = 'TUTORED';
const COMPARISON = 'COMPARISON';
const GROUPS = [TUTORED, COMPARISON];
const EXPORTS = ['long.csv', 'wide.csv', 'codebook.md', 'codebook.json'];
/** The API's practice domains → the slug of their `evaluation.domain.*` key. */
const DOMAINS = {
  addition: 'addition', subtraction: 'subtraction', multiplication: 'multiplication', division: 'division',
  fractions: 'fractions', 'decimals-percentages': 'decimalsPercentages', 'number-sense': 'numberSense',
};
/** Dutch rule of thumb for effect sizes in SD (SOURCES.md, "Measuring effect"): < 0.2, 0.2–0.5, 0.5–0.8, ≥ 0.8. */
const SIZES = [
  [0.2, 'evaluation.size.negligible'], [0.5, 'evaluation.size.small'], [0.8, 'evaluation.size.medium'],
  [Infinity, 'evaluation.size.large'],
];
/** Below this many pupils with both measures in a group, the interval is flagged as wide. */
const SMALL_GROUP = 20;

// ---- data ----

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

function forgetResults() {
  for (const path of [...cache.keys()]) {
    if (path.endsWith('/results')) cache.delete(path);
  }
}

function loading(status) {
  replace(status, el('p', { class: 'muted' }, t('common.loading')));
}

function failed(status, error) {
  replace(status, notice('error', describeError(error)));
}

// ---- formatting ----

function decimal(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

function numberCell(value, digits = 2) {
  const text = decimal(value, digits);
  return el('td', { class: 'num' }, text ?? dash());
}

function date(iso, withYear = true) {
  if (!iso) return '';
  const options = withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(lang, options).format(new Date(`${iso}T12:00:00`));
}

function windowText(from, to) {
  return t('evaluation.window', { from: date(from), to: date(to) });
}

function measureName(measure) {
  const at = measure.indexOf(':');
  const kind = measure.slice(0, at);
  const name = measure.slice(at + 1);
  if (kind === 'practice') {
    return t('evaluation.measure.practice', { domain: tryT(`evaluation.domain.${DOMAINS[name] ?? name}`) ?? name });
  }
  if (kind === 'test') return t('evaluation.measure.test', { test: name });
  return measure;
}

function groupName(group) {
  return group === TUTORED ? t('evaluation.group.tutored') : t('evaluation.group.comparison');
}

function sizeWord(value) {
  return t(SIZES.find(([below]) => Math.abs(value) < below)[1]);
}

function comparisonName(mode) {
  return mode === 'CHOSEN' ? t('evaluation.comparison.CHOSEN') : t('evaluation.comparison.SAME_YEARS');
}

// ---- Onderzoeken ----

async function enterStudies() {
  const status = $('studies-status');
  loading(status);
  try {
    const studies = await load('/api/evaluation/studies');
    $('count-studies').textContent = number(studies.length);
    replace(status, studies.length ? null : el('p', { class: 'muted' }, t('evaluation.studies.none'), ' ',
      el('a', { href: '#new' }, t('evaluation.studies.createFirst'))));
    $('studies-table').hidden = studies.length === 0;
    replace($('studies-body'), studies.map((study) => {
      const link = `#study/${study.id}`;
      return el('tr', { 'data-testid': 'study-row', dataset: { studyId: study.id } },
        el('th', { scope: 'row' }, el('a', { href: link, 'data-testid': 'study-link' }, study.name)),
        el('td', { class: 'nowrap' }, windowText(study.preFrom, study.preTo)),
        el('td', { class: 'nowrap' }, windowText(study.postFrom, study.postTo)),
        el('td', {}, comparisonName(study.comparison)),
        el('td', { class: 'num' }, number(study.tutored)),
        el('td', { class: 'num' }, number(study.comparisonPupils)),
        el('td', { class: 'actions' }, el('a', {
          href: link, class: 'button-link small', 'aria-label': t('evaluation.studies.openFor', { name: study.name }),
        }, t('evaluation.studies.open'))));
    }));
  } catch (error) {
    failed(status, error);
  }
}

async function showSchoolName() {
  try {
    setSchoolName((await load('/api/roster/summary')).schoolName);
  } catch {
    // a courtesy only
  }
}

// ---- Nieuw onderzoek ----

function setUpNewStudy() {
  const form = $('study-form');
  const error = $('study-error');
  const chosenField = $('chosen-ids-field');
  for (const radio of form.querySelectorAll('input[name="comparison"]')) {
    radio.addEventListener('change', () => {
      chosenField.hidden = !$('comparison-chosen').checked;
    });
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const request = readStudy();
    const problem = checkStudy(request);
    if (problem) {
      error.textContent = problem.message;
      problem.field?.focus();
      return;
    }
    error.textContent = '';
    const button = $('study-submit');
    button.disabled = true;
    try {
      const study = await api('/api/evaluation/studies', { method: 'POST', json: request });
      cache.delete('/api/evaluation/studies');
      showStudyCount();
      form.reset();
      chosenField.hidden = true;
      location.hash = `#study/${study.id}`;
    } catch (e) {
      error.textContent = e instanceof ApiError && e.status === 400
        ? t('evaluation.new.refused', { reason: e.message })
        : describeError(e);
    } finally {
      button.disabled = false;
    }
  });
}

function readStudy() {
  const chosen = $('comparison-chosen').checked;
  const request = {
    name: $('study-name').value.trim(),
    preFrom: $('pre-from').value, preTo: $('pre-to').value,
    postFrom: $('post-from').value, postTo: $('post-to').value,
    comparison: chosen ? 'CHOSEN' : 'SAME_YEARS',
  };
  if (chosen) {
    request.comparisonPupilNumbers = $('chosen-ids').value.split(/[\s,;]+/).filter(Boolean);
  }
  return request;
}

/** The first thing wrong with the form, in the user's language, with the field to fix; null when fine. */
function checkStudy(request) {
  if (!request.name) return { message: t('evaluation.new.needName'), field: $('study-name') };
  for (const [key, id] of [['preFrom', 'pre-from'], ['preTo', 'pre-to'], ['postFrom', 'post-from'], ['postTo', 'post-to']]) {
    if (!request[key]) return { message: t('evaluation.new.needDates'), field: $(id) };
  }
  // ISO dates compare correctly as text
  if (request.preTo < request.preFrom) return { message: t('evaluation.new.preOrder'), field: $('pre-to') };
  if (request.postTo < request.postFrom) return { message: t('evaluation.new.postOrder'), field: $('post-to') };
  if (request.postFrom <= request.preTo) return { message: t('evaluation.new.windowsOrder'), field: $('post-from') };
  if (request.comparison === 'CHOSEN'
    && request.comparisonPupilNumbers.length === 0) {
    return { message: t('evaluation.new.needIds'), field: $('chosen-ids') };
  }
  return null;
}

async function showStudyCount() {
  try {
    $('count-studies').textContent = number((await load('/api/evaluation/studies')).length);
  } catch {
    // the list view reports its own errors
  }
}

// ---- Eén onderzoek ----

let shownStudy = null; // {id, results}
let studyRequest = 0;

async function enterStudy([id, measure], moveFocus) {
  const status = $('study-status');
  if (!/^\d+$/.test(id ?? '')) {
    location.replace('#studies');
    return;
  }
  if (shownStudy?.id !== id) {
    const mine = ++studyRequest;
    $('study-body').hidden = true;
    $('study-heading').textContent = t('evaluation.study.heading');
    replace($('study-summary'));
    loading(status);
    try {
      const results = await load(`/api/evaluation/studies/${id}/results`);
      if (mine !== studyRequest) return;
      shownStudy = { id, results };
      renderStudy(results);
      replace(status);
    } catch (error) {
      if (mine !== studyRequest) return;
      shownStudy = null;
      if (error instanceof ApiError && error.status === 404) replace(status, notice('error', t('evaluation.study.notFound')));
      else failed(status, error);
      return;
    }
    if (moveFocus || !measure) $('study-heading').focus();
  }
  const { results } = shownStudy;
  const chosen = results.measures.find((m) => m.measure === measure) ?? results.measures[0];
  renderMeasure(results, chosen);
  if (measure && moveFocus) $('measure-heading').focus();
}

function renderStudy(results) {
  const { study, measures } = results;
  $('study-heading').textContent = study.name;
  $('study-summary').textContent = t('evaluation.study.summary', {
    pre: windowText(study.preFrom, study.preTo), post: windowText(study.postFrom, study.postTo),
    comparison: comparisonName(study.comparison), tutored: number(study.tutored), comparisonPupils: number(study.comparisonPupils),
  });
  renderExports(study);
  $('study-body').hidden = false;
  if (measures.length === 0) {
    replace($('overview'), el('p', { class: 'muted' }, t('evaluation.overview.none')));
    $('measure').hidden = true;
    return;
  }
  $('measure').hidden = false;
  replace($('overview'), overviewTable(study, measures));
  replace($('measure-pick'), measures.map((m) => el('option', { value: m.measure }, measureName(m.measure))));
}

function measureLink(study, measure) {
  return `#study/${study.id}/${encodeURIComponent(measure)}`;
}

function overviewTable(study, measures) {
  return el('table', { class: 'data compact overview', 'data-testid': 'overview' },
    el('caption', { class: 'visually-hidden' }, t('evaluation.overview.heading')),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('evaluation.overview.col.measure')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.overview.col.tutored')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.overview.col.comparison')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.overview.col.g')),
      el('th', { scope: 'col' }, t('evaluation.overview.col.reading')))),
    el('tbody', {}, measures.map((m) => el('tr', { 'data-testid': 'overview-row', dataset: { measure: m.measure } },
      el('th', { scope: 'row' }, el('a', { href: measureLink(study, m.measure) }, measureName(m.measure))),
      el('td', { class: 'num' }, completeOf(m.tutored)),
      el('td', { class: 'num' }, completeOf(m.comparison)),
      el('td', { class: 'num nowrap' }, m.hedgesG ? gWithInterval(m.hedgesG) : dash()),
      el('td', {}, m.hedgesG ? shortReading(m.hedgesG) : dash())))));
}

function completeOf(stats) {
  return t('evaluation.overview.completeOf', { complete: number(stats.complete), pupils: number(stats.pupils) });
}

function gWithInterval(g) {
  return t('evaluation.effect.gWithInterval', { g: decimal(g.g), lower: decimal(g.lower), upper: decimal(g.upper) });
}

function includesZero(g) {
  return g.lower <= 0 && g.upper >= 0;
}

function shortReading(g) {
  return t(includesZero(g) ? 'evaluation.reading.shortWithZero' : 'evaluation.reading.shortWithoutZero',
    { size: sizeWord(g.g) });
}

function renderExports(study) {
  const descriptions = {
    'long.csv': t('evaluation.exports.long'), 'wide.csv': t('evaluation.exports.wide'),
    'codebook.md': t('evaluation.exports.codebookMd'), 'codebook.json': t('evaluation.exports.codebookJson'),
  };
  replace($('exports'), EXPORTS.map((file) => el('li', {},
    el('a', {
      href: `/api/evaluation/studies/${study.id}/export/${file}`, download: `study-${study.id}-${file}`,
      class: 'button-link small mono', 'data-testid': `export-${file.replace('.', '-')}`,
    }, file),
    el('span', {}, descriptions[file]))));
}

// ---- one measure ----

function renderMeasure(results, m) {
  $('measure-heading').textContent = measureName(m.measure);
  $('measure-pick').value = m.measure;
  const scale = el('p', { class: 'muted scale' }, t('evaluation.measure.scale', { scale: m.scale ?? '' }));
  replace($('measure-body'),
    scale,
    el('section', { class: 'panel', 'aria-labelledby': 'groups-heading' },
      el('h3', { id: 'groups-heading' }, t('evaluation.groups.heading')),
      el('div', { class: 'table-holder' }, groupsTable(m)),
      incompleteNote(m)),
    el('div', { class: 'columns even' },
      el('section', { class: 'panel', 'aria-labelledby': 'effect-heading', 'data-testid': 'effect' },
        el('h3', { id: 'effect-heading' }, t('evaluation.effect.heading')),
        effectBlock(m)),
      el('section', { class: 'panel', 'aria-labelledby': 'dosage-heading' },
        el('h3', { id: 'dosage-heading' }, t('evaluation.dosage.heading')),
        dosageBlock(m))),
    el('div', { class: 'columns even' },
      el('section', { class: 'panel', 'aria-labelledby': 'growth-heading' },
        el('h3', { id: 'growth-heading' }, t('evaluation.growth.heading')),
        growthBlock(results, m)),
      el('section', { class: 'panel', 'aria-labelledby': 'scatter-heading' },
        el('h3', { id: 'scatter-heading' }, t('evaluation.scatter.heading')),
        scatterBlock(m))));
}

function groupsTable(m) {
  const missing = (count) => el('td', { class: count > 0 ? 'num missing' : 'num' }, number(count));
  return el('table', { class: 'data groups', 'data-testid': 'groups' },
    el('caption', { class: 'visually-hidden' }, t('evaluation.groups.heading')),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('evaluation.groups.col.group')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.pupils')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.complete')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.missingPre')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.missingPost')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.meanPre')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.meanPost')),
      el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.meanGain')))),
    el('tbody', {}, GROUPS.map((group) => {
      const stats = group === TUTORED ? m.tutored : m.comparison;
      return el('tr', { 'data-testid': 'group-row', dataset: { group } },
        el('th', { scope: 'row' }, groupName(group)),
        el('td', { class: 'num', dataset: { field: 'pupils' } }, number(stats.pupils)),
        el('td', { class: 'num', dataset: { field: 'complete' } }, number(stats.complete)),
        Object.assign(missing(stats.missingPre), { title: t('evaluation.groups.missingPreTitle') }),
        Object.assign(missing(stats.missingPost), { title: t('evaluation.groups.missingPostTitle') }),
        numberCell(stats.meanPre), numberCell(stats.meanPost), numberCell(stats.meanGain));
    })));
}

function incompleteNote(m) {
  const tutored = m.tutored.pupils - m.tutored.complete;
  const comparison = m.comparison.pupils - m.comparison.complete;
  if (tutored + comparison === 0) return el('p', { class: 'hint' }, t('evaluation.groups.allComplete'));
  return el('p', { class: 'hint', 'data-testid': 'incomplete-note' }, t('evaluation.groups.incomplete', {
    tutored: number(tutored), comparison: number(comparison),
  }));
}

function effectBlock(m) {
  const g = m.hedgesG;
  const parts = [];
  if (g) {
    parts.push(el('dl', { class: 'facts effect-facts' },
      el('dt', {}, t('evaluation.effect.g')),
      el('dd', { 'data-testid': 'hedges-g' }, el('strong', {}, gWithInterval(g))),
      el('dt', {}, t('evaluation.effect.se')),
      el('dd', {}, decimal(g.standardError)),
      el('dt', {}, t('evaluation.effect.n')),
      el('dd', {}, t('evaluation.effect.nValue', { n1: number(g.n1), n2: number(g.n2) }))));
    parts.push(intervalChart(g));
    const reading = [
      t(g.g >= 0 ? 'evaluation.reading.more' : 'evaluation.reading.less', { size: sizeWord(g.g), g: decimal(g.g) }),
      t(includesZero(g) ? 'evaluation.reading.withZero' : 'evaluation.reading.withoutZero',
        { lower: decimal(g.lower), upper: decimal(g.upper) }),
    ];
    if (Math.min(g.n1, g.n2) < SMALL_GROUP) {
      reading.push(t('evaluation.reading.smallGroups', { n1: number(g.n1), n2: number(g.n2) }));
    }
    parts.push(el('p', { class: 'reading', 'data-testid': 'reading' }, reading.join(' ')));
  } else {
    parts.push(el('p', { class: 'notice warning', 'data-testid': 'no-g' }, t('evaluation.reading.noG', {
      n1: number(m.tutored.complete), n2: number(m.comparison.complete),
    })));
  }
  parts.push(el('p', { class: 'dz', 'data-testid': 'dz' }, m.dz === null || m.dz === undefined
    ? t('evaluation.effect.noDz')
    : t('evaluation.effect.dz', { dz: decimal(m.dz), size: sizeWord(m.dz) })));
  parts.push(el('p', { class: 'hint' }, t('evaluation.reading.ruleOfThumb')));
  return parts;
}

// ---- SVG drawing ----

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function linear([d0, d1], [r0, r1]) {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** About `count` round tick values covering [min, max]. */
function ticks(min, max, count = 5) {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? raw;
  const values = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) values.push(Math.round(v / step) * step);
  return values;
}

function padded(values, share = 0.08) {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * share || 0.5;
  return [min - pad, max + pad];
}

/** The point marker of a group: a filled circle for tutored, an open square for comparison (shape, not colour alone). */
function marker(group, x, y, title) {
  const common = { class: `mark ${group === TUTORED ? 'tutored' : 'comparison'}` };
  const shape = group === TUTORED
    ? svg('circle', { ...common, cx: x, cy: y, r: 4.2 })
    : svg('rect', { ...common, x: x - 3.8, y: y - 3.8, width: 7.6, height: 7.6 });
  if (title) shape.append(svg('title', {}, title));
  return shape;
}

function legend(counts) {
  return el('ul', { class: 'chart-legend' }, GROUPS.map((group) => el('li', {},
    svg('svg', { width: 26, height: 12, viewBox: '0 0 26 12', 'aria-hidden': 'true' },
      svg('line', { class: `series ${group === TUTORED ? 'tutored' : 'comparison'}`, x1: 1, y1: 6, x2: 25, y2: 6 }),
      marker(group, 13, 6)),
    counts ? t('evaluation.chart.legendCount', { group: groupName(group), count: number(counts[group] ?? 0) })
      : groupName(group))));
}

/** Hedges' g and its 95 % interval on an axis with the rule-of-thumb bands and 0 marked. */
function intervalChart(g) {
  const width = 420;
  const height = 64;
  const lo = Math.min(-1, Math.floor((g.lower - 0.1) * 2) / 2);
  const hi = Math.max(1, Math.ceil((g.upper + 0.1) * 2) / 2);
  const x = linear([lo, hi], [12, width - 12]);
  const bands = [[-0.2, 0.2, 'negligible'], [0.2, 0.5, 'small'], [-0.5, -0.2, 'small'], [0.5, 0.8, 'medium'],
    [-0.8, -0.5, 'medium']];
  const axisY = 44;
  return svg('svg', {
    class: 'chart interval', viewBox: `0 0 ${width} ${height}`, role: 'img', 'data-testid': 'interval-chart',
    'aria-label': t('evaluation.interval.label', { g: decimal(g.g), lower: decimal(g.lower), upper: decimal(g.upper) }),
  },
  bands.map(([a, b, size]) => svg('rect', { class: `band ${size}`, x: x(a), y: 6, width: x(b) - x(a), height: axisY - 6 })),
  svg('line', { class: 'axis', x1: x(lo), y1: axisY, x2: x(hi), y2: axisY }),
  ticks(lo, hi, 8).map((v) => svg('g', {},
    svg('line', { class: 'tick', x1: x(v), y1: axisY, x2: x(v), y2: axisY + 4 }),
    svg('text', { class: 'tick-label', x: x(v), y: axisY + 15, 'text-anchor': 'middle' }, decimal(v, 1)))),
  svg('line', { class: 'zero', x1: x(0), y1: 4, x2: x(0), y2: axisY }),
  svg('line', { class: 'ci', x1: x(g.lower), y1: 25, x2: x(g.upper), y2: 25 }),
  svg('line', { class: 'ci', x1: x(g.lower), y1: 19, x2: x(g.lower), y2: 31 }),
  svg('line', { class: 'ci', x1: x(g.upper), y1: 19, x2: x(g.upper), y2: 31 }),
  svg('path', { class: 'estimate', d: `M ${x(g.g)} 18 l 7 7 l -7 7 l -7 -7 z` }));
}

const CHART = { width: 520, height: 270, left: 46, right: 14, top: 22, bottom: 40 };

function growthBlock(results, m) {
  const points = results.growth.filter((p) => p.measure === m.measure);
  if (points.length === 0) {
    return el('p', { class: 'muted', 'data-testid': 'growth-none' },
      t(m.kind === 'test' ? 'evaluation.growth.noneForTests' : 'evaluation.growth.none'));
  }
  const { study } = results;
  const time = (iso) => new Date(`${iso}T12:00:00`).getTime();
  const DAY = 24 * 60 * 60 * 1000;
  // a week's point is the rating at the end of that week, and the log stops at the post window's end
  const at = (week) => Math.min(time(week) + 6 * DAY, time(study.postTo));
  const xs = [time(study.preFrom), time(study.postTo), ...points.map((p) => at(p.week))];
  const x = linear([Math.min(...xs), Math.max(...xs)], [CHART.left, CHART.width - CHART.right]);
  const [yMin, yMax] = padded(points.map((p) => p.meanRating), 0.15);
  const y = linear([yMin, yMax], [CHART.height - CHART.bottom, CHART.top]);
  const bottom = CHART.height - CHART.bottom;
  const windowBand = (from, to, label) => svg('g', {},
    svg('rect', { class: 'window-band', x: x(time(from)), y: CHART.top, width: Math.max(3, x(time(to)) - x(time(from))), height: bottom - CHART.top }),
    svg('text', { class: 'window-label', x: x(time(from)) + 2, y: CHART.top - 6 }, label));
  const weeks = [...new Set(points.map((p) => p.week))].sort();
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 7));
  const series = GROUPS.map((group) => {
    const own = points.filter((p) => p.group === group).sort((a, b) => a.week.localeCompare(b.week));
    if (own.length === 0) return null;
    const kind = group === TUTORED ? 'tutored' : 'comparison';
    return svg('g', { class: `series-group ${kind}` },
      svg('polyline', { class: `series ${kind}`, points: own.map((p) => `${x(at(p.week))},${y(p.meanRating)}`).join(' ') }),
      own.map((p) => marker(group, x(at(p.week)), y(p.meanRating), t('evaluation.growth.pointTitle', {
        group: groupName(group), week: date(p.week), rating: decimal(p.meanRating), pupils: number(p.pupils),
      }))));
  });
  const chart = svg('svg', {
    class: 'chart growth', viewBox: `0 0 ${CHART.width} ${CHART.height}`, role: 'img', 'data-testid': 'growth-chart',
    'aria-label': t('evaluation.growth.label', { measure: measureName(m.measure) }),
  },
  windowBand(study.preFrom, study.preTo, t('evaluation.window.pre')),
  windowBand(study.postFrom, study.postTo, t('evaluation.window.post')),
  ticks(yMin, yMax, 5).map((v) => svg('g', {},
    svg('line', { class: 'grid', x1: CHART.left, y1: y(v), x2: CHART.width - CHART.right, y2: y(v) }),
    svg('text', { class: 'tick-label', x: CHART.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, decimal(v, 1)))),
  svg('line', { class: 'axis', x1: CHART.left, y1: bottom, x2: CHART.width - CHART.right, y2: bottom }),
  weeks.filter((_, i) => i % labelEvery === 0).map((week) => svg('text', {
    class: 'tick-label', x: x(at(week)), y: bottom + 15, 'text-anchor': 'middle',
  }, date(new Date(at(week)).toISOString().slice(0, 10), false))),
  svg('text', { class: 'axis-label', x: CHART.left, y: CHART.height - 6 }, t('evaluation.growth.xAxis')),
  svg('text', { class: 'axis-label', x: 12, y: CHART.top + (bottom - CHART.top) / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 12 ${CHART.top + (bottom - CHART.top) / 2})` }, t('evaluation.growth.yAxis')),
  series);
  return [chart, legend(null), el('details', { class: 'as-table' },
    el('summary', {}, t('evaluation.chart.asTable')),
    el('table', { class: 'data compact' },
      el('caption', { class: 'visually-hidden' }, t('evaluation.growth.heading')),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, t('evaluation.growth.col.week')),
        el('th', { scope: 'col' }, t('evaluation.groups.col.group')),
        el('th', { scope: 'col', class: 'num' }, t('evaluation.growth.col.rating')),
        el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.pupils')))),
      el('tbody', {}, [...points].sort((a, b) => a.week.localeCompare(b.week) || a.group.localeCompare(b.group))
        .map((p) => el('tr', {},
          el('td', {}, date(p.week)), el('td', {}, groupName(p.group)),
          numberCell(p.meanRating), el('td', { class: 'num' }, number(p.pupils)))))))];
}

function scatterBlock(m) {
  const points = m.scatter ?? [];
  if (points.length === 0) return el('p', { class: 'muted' }, t('evaluation.scatter.none'));
  const size = { width: 400, height: 300, left: 46, right: 14, top: 12, bottom: 40 };
  const [lo, hi] = padded(points.flatMap((p) => [p.pre, p.post]));
  const x = linear([lo, hi], [size.left, size.width - size.right]);
  const y = linear([lo, hi], [size.height - size.bottom, size.top]);
  const bottom = size.height - size.bottom;
  const counts = { [TUTORED]: 0, [COMPARISON]: 0 };
  let grew = 0;
  for (const p of points) {
    counts[p.group] = (counts[p.group] ?? 0) + 1;
    if (p.post > p.pre) grew++;
  }
  const ordered = [...points].sort((a, b) => (a.group === TUTORED) - (b.group === TUTORED)); // tutored on top
  const chart = svg('svg', {
    class: 'chart scatter', viewBox: `0 0 ${size.width} ${size.height}`, role: 'img', 'data-testid': 'scatter-chart',
    'aria-label': t('evaluation.scatter.label', {
      tutored: number(counts[TUTORED]), comparison: number(counts[COMPARISON]), grew: number(grew), total: number(points.length),
    }),
  },
  ticks(lo, hi, 5).map((v) => svg('g', {},
    svg('line', { class: 'grid', x1: size.left, y1: y(v), x2: size.width - size.right, y2: y(v) }),
    svg('line', { class: 'grid', x1: x(v), y1: size.top, x2: x(v), y2: bottom }),
    svg('text', { class: 'tick-label', x: size.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, decimal(v, 1)),
    svg('text', { class: 'tick-label', x: x(v), y: bottom + 15, 'text-anchor': 'middle' }, decimal(v, 1)))),
  svg('line', { class: 'axis', x1: size.left, y1: bottom, x2: size.width - size.right, y2: bottom }),
  svg('line', { class: 'axis', x1: size.left, y1: size.top, x2: size.left, y2: bottom }),
  svg('line', { class: 'diagonal', x1: x(lo), y1: y(lo), x2: x(hi), y2: y(hi) }),
  svg('text', { class: 'diagonal-label', x: x(hi) - 4, y: y(hi) + 14, 'text-anchor': 'end' }, t('evaluation.scatter.noChange')),
  ordered.map((p) => marker(p.group, x(p.pre), y(p.post), t('evaluation.scatter.pointTitle', {
    id: p.studyId, group: groupName(p.group), pre: decimal(p.pre), post: decimal(p.post),
  }))),
  svg('text', { class: 'axis-label', x: size.left + (size.width - size.left - size.right) / 2, y: size.height - 6, 'text-anchor': 'middle' },
    t('evaluation.scatter.xAxis')),
  svg('text', { class: 'axis-label', x: 12, y: size.top + (bottom - size.top) / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 12 ${size.top + (bottom - size.top) / 2})` }, t('evaluation.scatter.yAxis')));
  return [chart, legend(counts), el('p', { class: 'hint' }, t('evaluation.scatter.hint'))];
}

function dosageBlock(m) {
  const quartiles = m.gainByDosageQuartile ?? [];
  if (quartiles.length === 0) {
    return el('p', { class: 'muted', 'data-testid': 'dosage-none' }, t('evaluation.dosage.tooFew', { n: number(m.tutored.complete) }));
  }
  const gains = quartiles.map((q) => q.meanGain).filter((v) => v !== null && v !== undefined);
  const extent = Math.max(...gains.map(Math.abs), 1e-9);
  const negative = gains.some((v) => v < 0);
  const barWidth = 120;
  const zero = negative ? barWidth / 2 : 0;
  const scale = (negative ? barWidth / 2 : barWidth) / extent;
  const bar = (gain) => {
    if (gain === null || gain === undefined) return dash();
    const length = Math.abs(gain) * scale;
    return svg('svg', { class: 'bar', width: barWidth, height: 14, viewBox: `0 0 ${barWidth} 14`, 'aria-hidden': 'true' },
      svg('rect', { class: gain < 0 ? 'bar-fill negative' : 'bar-fill', x: gain < 0 ? zero - length : zero, y: 2, width: Math.max(1, length), height: 10 }),
      svg('line', { class: 'zero', x1: zero, y1: 0, x2: zero, y2: 14 }));
  };
  const allZero = quartiles.every((q) => !q.fromMinutesPerWeek && !q.toMinutesPerWeek);
  return [
    el('p', { class: 'hint' }, t('evaluation.dosage.intro')),
    el('div', { class: 'table-holder' }, el('table', { class: 'data compact', 'data-testid': 'dosage' },
      el('caption', { class: 'visually-hidden' }, t('evaluation.dosage.heading')),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, t('evaluation.dosage.col.quartile')),
        el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.pupils')),
        el('th', { scope: 'col', class: 'num' }, t('evaluation.dosage.col.minutes')),
        el('th', { scope: 'col', class: 'num' }, t('evaluation.groups.col.meanGain')),
        el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, t('evaluation.dosage.col.bar'))))),
      el('tbody', {}, quartiles.map((q) => el('tr', { 'data-testid': 'dosage-row' },
        el('th', { scope: 'row' }, t('evaluation.dosage.quartile', { quartile: q.quartile })),
        el('td', { class: 'num' }, number(q.n)),
        el('td', { class: 'num nowrap' }, t('evaluation.dosage.minutes', {
          from: number(Math.round(q.fromMinutesPerWeek)), to: number(Math.round(q.toMinutesPerWeek)),
        })),
        numberCell(q.meanGain),
        el('td', {}, bar(q.meanGain))))))),
    allZero ? el('p', { class: 'notice warning' }, t('evaluation.dosage.noSchedule')) : null,
  ];
}

function setUpMeasurePick() {
  $('measure-pick').addEventListener('change', () => {
    if (shownStudy) location.hash = `#study/${shownStudy.id}/${encodeURIComponent($('measure-pick').value)}`;
  });
}

// ---- Toetsen importeren ----

function setUpTests() {
  const input = $('tests-file');
  const button = $('tests-submit');
  input.addEventListener('change', () => {
    button.disabled = input.files.length === 0;
  });
  $('tests-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = input.files[0];
    if (!file) return;
    const form = new FormData();
    form.append('files', file, file.name);
    const result = $('tests-result');
    button.disabled = true;
    replace(result, el('p', { class: 'muted' }, t('import.busy')));
    try {
      const answer = await api('/api/evaluation/tests/import', { method: 'POST', form });
      forgetResults();
      shownStudy = null;
      replace(result, el('div', { class: 'notice success', 'data-testid': 'tests-success' },
        el('h2', {}, t('import.success')),
        el('p', {}, t('evaluation.tests.stored', { count: number(answer?.stored ?? 0), file: file.name }))));
    } catch (error) {
      replace(result, testsFailure(error));
    } finally {
      input.value = '';
      button.disabled = true;
    }
  });
}

function problemText(problem) {
  const params = {
    file: problem.file || null, line: problem.line > 0 ? problem.line : null,
    column: problem.columnName || (problem.column > 0 ? problem.column : null), ...(problem.params ?? {}),
  };
  return (problem.code && (tryT(`evaluation.tests.problem.${problem.code}`, params) ?? tryT(`import.problem.${problem.code}`, params)))
    || problem.message || problem.code || '';
}

function testsFailure(error) {
  if (error instanceof ApiError && error.status === 400) {
    return notice('error', el('h2', {}, t('import.failed')), el('p', {}, error.message));
  }
  return uploadFailure(error, { describe: problemText, countKey: 'evaluation.tests.problemCount' });
}

// ---- routing ----

const views = {
  studies: enterStudies,
  new: async () => {},
  tests: async () => {},
  study: enterStudy,
};

function route(moveFocus) {
  const [name, ...rest] = location.hash.replace(/^#/, '').split('/');
  const current = name in views ? name : 'studies';
  for (const view of Object.keys(views)) {
    $(`view-${view}`).hidden = view !== current;
  }
  const navView = current === 'study' ? 'studies' : current;
  for (const link of document.querySelectorAll('.view-nav a')) {
    if (link.dataset.view === navView) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const args = rest.map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  views[current](args, moveFocus);
  if (moveFocus && current !== 'study') $(`${current}-heading`).focus({ preventScroll: false });
}

setUpNewStudy();
setUpMeasurePick();
setUpTests();
showSchoolName();
showStudyCount();
window.addEventListener('hashchange', () => route(true));
route(false);
