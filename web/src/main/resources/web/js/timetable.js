// The week grid: days as columns, periods as rows with their times; a lesson of two periods
// spans two rows; extended-day slots are shaded. Tutoring sessions (the schedule page) sit in
// the same grid as the regular lessons, drawn as their own kind of card.
import { el, t, tryT } from './app.js';

const DAY_ORDER = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/**
 * Builds the grid for `{title, periods, lessons, sessions}` as an accessible table. Sessions are
 * tutoring sessions (`{sessionId, day, period, subject, tutorName, roomName, pupils, pinned}`);
 * with `onSession` they are buttons, and `selected` marks the chosen one. `hide` leaves out what the
 * title already says (`{tutor: true}` on a tutor's grid, `{room: true}` on a room's).
 */
export function weekGrid({ title, periods = [], lessons = [], sessions = [] }, { onSession, selected, hide = {} } = {}) {
  const items = [...lessons, ...sessions.map((session) => ({ ...session, durationPeriods: 1, tutoring: true }))];
  const days = DAY_ORDER.filter((day) =>
    periods.some((p) => p.day === day) || items.some((l) => l.day === day));
  const rows = [...new Set(periods.map((p) => p.period))].sort((a, b) => a - b);
  const slot = new Map(periods.map((p) => [`${p.day}/${p.period}`, p]));

  const cells = new Map(); // "day/rowIndex" → {rowspan, lessons} for each block's first row
  const covered = new Set(); // "day/rowIndex" inside a block but not its first row
  for (const day of days) {
    for (const block of blocksOf(items.filter((l) => l.day === day), rows)) {
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
        times ? el('span', { class: 'period-time' }, `${clock(times.start)}–${clock(times.end)}`) : null,
        extended ? el('span', { class: 'visually-hidden' }, t('grid.extendedDay')) : null),
      days.map((day) => {
        const key = `${day}/${index}`;
        if (covered.has(key)) return null;
        const block = cells.get(key);
        const here = slot.get(`${day}/${period}`);
        const kind = here?.kind === 'EXTENDED_DAY' ? 'extended' : here ? '' : 'no-period';
        if (!block) return el('td', { class: kind || null });
        return el('td', {
          class: `busy ${kind}${block.lessons.length > 1 ? ' stacked' : ''}`.trim(),
          rowspan: block.last > block.first ? block.last - block.first + 1 : null,
        }, block.lessons.map((item) => (item.tutoring
          ? sessionCard(item, { onSession, selected, hide })
          : lessonCard(item, block.lessons.length > 1, pulledOut(item, sessions)))));
      }));
  }));

  const table = el('table', { class: 'week-grid', 'data-testid': 'week-grid' },
    el('caption', {}, title ?? ''), head, body);
  const hasExtended = periods.some((p) => p.kind === 'EXTENDED_DAY');
  return el('div', { class: 'week' }, table,
    items.length === 0 ? el('p', { class: 'muted empty-grid' }, t('grid.noLessons')) : null,
    el('p', { class: 'grid-legend muted', 'aria-hidden': 'true' },
      sessions.length ? legendItem('tutoring', t('grid.legendTutoring')) : null,
      hasExtended ? legendItem('extended', t('grid.legendExtended')) : null,
      legendItem('no-period', t('grid.legendNoPeriod'))));
}

/** "08:30" from "08:30", "08:30:00" or [8, 30] (how a time may arrive in JSON). */
function clock(time) {
  if (Array.isArray(time)) return time.slice(0, 2).map((part) => String(part ?? 0).padStart(2, '0')).join(':');
  return String(time ?? '').slice(0, 5);
}

/** A tutoring session: subject, pupils, tutor and room; a button when the grid lets you pick a session. */
function sessionCard(session, { onSession, selected, hide }) {
  const chosen = selected !== undefined && selected !== null && String(selected) === String(session.sessionId);
  const subject = tryT(`subject.${session.subject}`) ?? session.subject ?? '';
  const content = [
    el('span', { class: 'subject' },
      el('span', { class: 'visually-hidden' }, `${t('grid.tutoring')}: `), subject),
    session.pinned ? el('span', { class: 'pin', title: t('grid.pinned') }, t('grid.pinnedShort')) : null,
    el('span', { class: 'pupils' }, (session.pupils ?? []).join(', ')),
    session.tutorName && !hide.tutor ? el('span', { class: 'teacher', title: t('grid.tutor') }, session.tutorName) : null,
    session.roomName && !hide.room ? el('span', { class: 'room', title: t('grid.room') }, session.roomName) : null,
  ];
  const attributes = {
    class: `lesson tutoring${session.pinned ? ' pinned' : ''}${chosen ? ' selected' : ''}`,
    'data-testid': 'session',
    dataset: {
      sessionId: session.sessionId, day: session.day, period: session.period,
      room: session.roomName ?? '', pinned: session.pinned ? 'true' : 'false',
    },
  };
  if (!onSession) return el('div', attributes, content);
  return el('button', {
    ...attributes, type: 'button', 'aria-pressed': chosen ? 'true' : 'false',
    onclick: () => onSession(session),
  }, content);
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

/** Whether a tutoring session takes the pupil out of this lesson (same day, inside its periods). */
function pulledOut(lesson, sessions) {
  const last = lesson.period + Math.max(1, lesson.durationPeriods ?? 1) - 1;
  return sessions.some((session) => session.day === lesson.day && session.period >= lesson.period && session.period <= last);
}

function lessonCard(lesson, showPeriods, missed = false) {
  const hue = hueOf(lesson.subject ?? '');
  const duration = Math.max(1, lesson.durationPeriods ?? 1);
  const group = lesson.group ?? lesson.groupCode;
  const card = el('div', { class: missed ? 'lesson missed' : 'lesson', 'data-testid': 'lesson', title: missed ? t('grid.missed') : null },
    el('span', { class: 'subject' }, lesson.subject ?? ''),
    missed ? el('span', { class: 'visually-hidden' }, ` (${t('grid.missed')})`) : null,
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
