// The week grid: days as columns, periods as rows with their times; a lesson of two periods
// spans two rows; extended-day slots are shaded.
import { el, t } from './app.js';

const DAY_ORDER = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** Builds the grid for `{title, periods, lessons}` as an accessible table. */
export function weekGrid({ title, periods = [], lessons = [] }) {
  const days = DAY_ORDER.filter((day) =>
    periods.some((p) => p.day === day) || lessons.some((l) => l.day === day));
  const rows = [...new Set(periods.map((p) => p.period))].sort((a, b) => a - b);
  const slot = new Map(periods.map((p) => [`${p.day}/${p.period}`, p]));

  const cells = new Map(); // "day/rowIndex" → {rowspan, lessons} for each block's first row
  const covered = new Set(); // "day/rowIndex" inside a block but not its first row
  for (const day of days) {
    for (const block of blocksOf(lessons.filter((l) => l.day === day), rows)) {
      cells.set(`${day}/${block.first}`, block);
      for (let i = block.first + 1; i <= block.last; i++) covered.add(`${day}/${i}`);
    }
  }

  const head = el('thead', {}, el('tr', {},
    el('th', { scope: 'col', class: 'period-head' }, t('grid.period')),
    days.map((day) => el('th', { scope: 'col' }, t(`day.${day}`)))));

  const body = el('tbody', {}, rows.map((period, index) => {
    const times = periods.find((p) => p.period === period);
    const extended = periods.some((p) => p.period === period && p.kind === 'EXTENDED_DAY');
    return el('tr', { class: extended ? 'extended' : null },
      el('th', { scope: 'row', class: 'period-head' },
        el('span', { class: 'period-number' }, String(period)),
        times ? el('span', { class: 'period-time' }, `${times.start}–${times.end}`) : null,
        extended ? el('span', { class: 'visually-hidden' }, t('grid.extendedDay')) : null),
      days.map((day) => {
        const key = `${day}/${index}`;
        if (covered.has(key)) return null;
        const block = cells.get(key);
        const here = slot.get(`${day}/${period}`);
        const kind = here?.kind === 'EXTENDED_DAY' ? 'extended' : here ? '' : 'no-period';
        if (!block) return el('td', { class: kind || null });
        return el('td', {
          class: `busy ${kind}`.trim(),
          rowspan: block.last > block.first ? block.last - block.first + 1 : null,
        }, block.lessons.map((lesson) => lessonCard(lesson, block.lessons.length > 1)));
      }));
  }));

  const table = el('table', { class: 'week-grid', 'data-testid': 'week-grid' },
    el('caption', {}, title ?? ''), head, body);
  const hasExtended = periods.some((p) => p.kind === 'EXTENDED_DAY');
  return el('div', { class: 'week' }, table,
    lessons.length === 0 ? el('p', { class: 'muted empty-grid' }, t('grid.noLessons')) : null,
    el('p', { class: 'grid-legend muted', 'aria-hidden': 'true' },
      hasExtended ? legendItem('extended', t('grid.legendExtended')) : null,
      legendItem('no-period', t('grid.legendNoPeriod'))));
}

function legendItem(kind, text) {
  return el('span', { class: 'legend-item' }, el('span', { class: `swatch ${kind}` }), text);
}

/** Groups a day's lessons into blocks of overlapping periods, so each block is one table cell. */
function blocksOf(dayLessons, rows) {
  const spans = dayLessons.map((lesson) => {
    const first = rows.indexOf(lesson.period);
    const lastPeriod = lesson.period + Math.max(1, lesson.durationPeriods ?? 1) - 1;
    let last = first;
    while (last + 1 < rows.length && rows[last + 1] <= lastPeriod) last++;
    return { lesson, first, last };
  }).filter((span) => span.first >= 0)
    .sort((a, b) => a.first - b.first || a.last - b.last);

  const blocks = [];
  for (const span of spans) {
    const open = blocks[blocks.length - 1];
    if (open && span.first <= open.last) {
      open.last = Math.max(open.last, span.last);
      open.lessons.push(span.lesson);
    } else {
      blocks.push({ first: span.first, last: span.last, lessons: [span.lesson] });
    }
  }
  return blocks;
}

function lessonCard(lesson, showPeriods) {
  const hue = hueOf(lesson.subject ?? '');
  const duration = Math.max(1, lesson.durationPeriods ?? 1);
  const group = lesson.group ?? lesson.groupCode;
  const card = el('div', { class: 'lesson', 'data-testid': 'lesson' },
    el('span', { class: 'subject' }, lesson.subject ?? ''),
    showPeriods ? el('span', { class: 'when' }, duration > 1
      ? t('grid.periodRange', { from: lesson.period, to: lesson.period + duration - 1 })
      : t('grid.periodNumber', { period: lesson.period })) : null,
    lesson.teacher ? el('span', { class: 'teacher', title: t('grid.teacher') }, lesson.teacher) : null,
    lesson.room ? el('span', { class: 'room', title: t('grid.room') }, lesson.room) : null,
    group ? el('span', { class: 'group', title: t('grid.group') }, group) : null);
  card.style.setProperty('--lesson-hue', String(hue)); // CSSOM, so a strict CSP allows it
  return card;
}

/** A stable hue per subject, so the same subject has the same soft colour everywhere. */
function hueOf(text) {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return hash % 360;
}
