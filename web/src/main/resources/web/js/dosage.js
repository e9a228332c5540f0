// Dosage for coordinators: per pupil planned vs given vs attended (table and bar chart), the pupils
// below the target flagged with the reasons their sessions were missed; per tutor given and cancelled.
import { api, describeError, el, lang, notice, number, replace, startPage, t, wireSkipLink } from './app.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';

await startPage({ roles: ['COORDINATOR'] });
wireSkipLink();
$('dosage-range').addEventListener('submit', (event) => {
  event.preventDefault();
  load($('dosage-from').value, $('dosage-to').value);
});
await load();

/** Without dates the server takes this week up to today. */
async function load(from, to) {
  const query = from && to ? `?from=${from}&to=${to}` : '';
  let report;
  try {
    report = await api(`/api/sessions/dosage${query}`);
  } catch (error) {
    replace($('dosage-status'), notice('error', describeError(error)));
    return;
  }
  $('dosage-from').value = report.from;
  $('dosage-to').value = report.to;
  const flagged = report.pupils.filter((p) => p.dosage.belowTarget).length;
  $('dosage-summary').textContent = t('dosage.summary', {
    pupils: report.pupils.length, flagged, target: report.targetPercent,
  });
  replace($('dosage-status'), report.version ? null : notice('info', t('dosage.noSchedule')));
  replace($('dosage-chart'), chart(report));
  replace($('dosage-rows'), report.pupils.length === 0
    ? el('tr', {}, el('td', { colspan: 7, class: 'muted' }, t('dosage.none')))
    : report.pupils.map(pupilRow));
  replace($('tutor-rows'), report.tutors.map(tutorRow));
}

function pupilRow(line) {
  const d = line.dosage;
  return el('tr', {
    class: d.belowTarget ? 'below-target' : null, 'data-testid': 'dosage-row', dataset: { pupilId: line.pupilId },
  },
  el('th', { scope: 'row' }, line.name,
    d.belowTarget ? el('span', { class: 'badge bad flag', 'data-testid': 'below-target' }, t('dosage.flag')) : null),
  el('td', {}, line.classCode),
  el('td', { class: 'num', 'data-testid': 'planned' }, sessionsAndMinutes(d.plannedSessions, d.plannedMinutes)),
  el('td', { class: 'num', 'data-testid': 'given' }, sessionsAndMinutes(d.givenSessions, d.givenMinutes)),
  el('td', { class: 'num', 'data-testid': 'attended' }, sessionsAndMinutes(d.attendedSessions, d.attendedMinutes)),
  el('td', { class: 'num', 'data-testid': 'percent' }, d.percentAttended === null ? '–' : `${number(d.percentAttended)} %`),
  el('td', {}, reasons(d.missedReasons), weeks(d.weeks)));
}

function tutorRow(line) {
  const d = line.dosage;
  return el('tr', { 'data-testid': 'tutor-row' },
    el('th', { scope: 'row' }, line.name),
    el('td', { class: 'num' }, d.plannedSessions),
    el('td', { class: 'num' }, d.givenSessions),
    el('td', { class: 'num' }, d.givenMinutes),
    el('td', { class: 'num', title: reasonText(d.cancelReasons) }, d.cancelledSessions),
    el('td', { class: 'num' }, d.notRecordedSessions));
}

function sessionsAndMinutes(sessions, minutes) {
  return t('dosage.sessionsMinutes', { sessions, minutes });
}

function reasons(missed) {
  const text = reasonText(missed);
  return text ? el('span', { class: 'reasons', 'data-testid': 'reasons' }, text) : '';
}

function reasonText(counts) {
  return Object.entries(counts ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([code, count]) => `${t(`reason.${code}`)} (${count})`)
    .join(', ');
}

/** Per week, behind a disclosure: attended of planned minutes. */
function weeks(list) {
  if (!list || list.length < 2) return '';
  return el('details', { class: 'weeks' },
    el('summary', {}, t('dosage.perWeek')),
    el('ul', {}, list.map((w) => el('li', {}, t('dosage.week', {
      week: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(new Date(`${w.weekStart}T12:00:00`)),
      attended: w.attendedMinutes, planned: w.plannedMinutes,
    })))));
}

/** One horizontal bar per pupil: attended minutes as a percentage of planned, with the target line. */
function chart(report) {
  const pupils = report.pupils.filter((p) => p.dosage.percentAttended !== null);
  if (pupils.length === 0) return el('p', { class: 'muted' }, t('dosage.none'));
  const label = 190;
  const bars = 520;
  const row = 22;
  const top = 22;
  const max = Math.max(100, ...pupils.map((p) => p.dosage.percentAttended));
  const x = (percent) => label + (percent / max) * bars;
  const height = top + pupils.length * row + 6;
  const svg = svgNode('svg', {
    viewBox: `0 0 ${label + bars + 60} ${height}`, width: '100%', class: 'bar-chart', role: 'img',
    'aria-label': t('dosage.chart.label', { target: report.targetPercent }), 'data-testid': 'dosage-chart',
  });
  svg.append(svgNode('line', { x1: x(report.targetPercent), x2: x(report.targetPercent), y1: 14, y2: height, class: 'target-line' }));
  svg.append(svgText(x(report.targetPercent), 11, t('dosage.chart.target', { target: report.targetPercent }), 'axis-label middle'));
  pupils.forEach((line, i) => {
    const y = top + i * row;
    const percent = line.dosage.percentAttended;
    svg.append(svgText(label - 8, y + 14, line.name, 'bar-name end'));
    svg.append(svgNode('rect', {
      x: label, y: y + 3, height: row - 7, width: Math.max(1, x(percent) - label),
      class: line.dosage.belowTarget ? 'bar below' : 'bar', 'data-testid': 'bar', 'data-pupil-id': line.pupilId,
    }));
    svg.append(svgText(x(percent) + 5, y + 14, `${number(percent)} %`, 'bar-value'));
  });
  return svg;
}

function svgNode(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function svgText(xPos, yPos, text, className) {
  const node = svgNode('text', { x: xPos, y: yPos, class: className });
  node.textContent = text;
  return node;
}
