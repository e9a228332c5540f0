// Shared by every page: translations, the API helper, DOM building and the page header.
// No framework and no build step: plain ES modules, so a school Chromebook loads little.

const LANGUAGES = ['nl', 'en'];
const LANGUAGE_KEY = 'kansrijk.lang';

let messages = {};
let csrfToken = null;

/** The page's language: `?lang=` wins (and is remembered), then the remembered choice, then Dutch. */
export let lang = 'nl';

function chooseLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(fromUrl)) {
    remember(fromUrl);
    return fromUrl;
  }
  let stored = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // storage can be switched off; Dutch is fine then
  }
  return LANGUAGES.includes(stored) ? stored : 'nl';
}

function remember(language) {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // not remembered, still shown
  }
}

/** Loads the translations for the chosen language and fills every `data-i18n*` element. */
export async function loadTranslations() {
  lang = chooseLanguage();
  document.documentElement.lang = lang;
  const response = await fetch(`/i18n/${lang}.json`, { credentials: 'same-origin' });
  messages = await response.json();
  translate(document);
  document.documentElement.classList.remove('pending');
}

/** The text for `key` with `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = messages[key];
  if (text === undefined) {
    console.warn('no translation for', key);
    return key;
  }
  return fill(text, params);
}

/** Like t(), but null when the key is unknown or a placeholder has no value (so callers can fall back). */
export function tryT(key, params = {}) {
  const text = messages[key];
  if (text === undefined) return null;
  const filled = fill(text, params);
  return /\{\w+\}/.test(filled) ? null : filled;
}

function fill(text, params) {
  return text.replace(/\{(\w+)\}/g, (placeholder, name) =>
    params[name] === undefined || params[name] === null ? placeholder : String(params[name]));
}

/** Fills text (`data-i18n`) and attributes (`data-i18n-placeholder`, `-aria-label`, `-title`) under `root`. */
export function translate(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    for (const node of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
      node.setAttribute(attribute, t(node.getAttribute(`data-i18n-${attribute}`)));
    }
  }
}

/** A number in the page's language (1.234 in Dutch). */
export function number(value) {
  return new Intl.NumberFormat(lang).format(value);
}

/**
 * Builds an element. Children are nodes or text (always text, never parsed as HTML).
 * Attributes: `class`, `dataset`, `on<event>` listeners, `true` for boolean attributes;
 * null, undefined and false are left out.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Replaces the children of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

/** An error answer of the API: `{status, message, problems}`. */
export class ApiError extends Error {
  constructor(status, message, problems) {
    super(message || `HTTP ${status}`);
    this.status = status;
    this.problems = Array.isArray(problems) ? problems : [];
  }
}

/**
 * Calls the JSON API. `json` sends a JSON body, `form` a FormData body. State-changing calls carry
 * the CSRF token. A 401 sends the browser to the sign-in page unless `on401: 'throw'`.
 */
export async function api(path, { method = 'GET', json, form, on401 = 'signIn' } = {}) {
  const headers = { Accept: 'application/json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, t('error.network'));
  }
  if (response.status === 401 && on401 === 'signIn') {
    goToSignIn();
    return never();
  }
  const data = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, data?.message, data?.problems);
  }
  return data;
}

/** Remembers the CSRF token of the signed-in user (from sign-in or `/api/auth/me`). */
export function useSession(me) {
  csrfToken = me?.csrfToken ?? null;
}

/** A promise that never settles: the page is going away. */
function never() {
  return new Promise(() => {});
}

export function goToSignIn() {
  const here = location.pathname + location.hash;
  const next = here === '/' || here.startsWith('/login.html') ? '' : `?next=${encodeURIComponent(here)}`;
  location.assign(`/login.html${next}`);
}

/** Where a role lands after signing in. */
export function landingFor(role) {
  if (role === 'TUTOR') return '/tutor.html';
  if (role === 'COORDINATOR') return '/roster.html';
  if (role === 'ADMIN') return '/admin.html';
  if (role === 'PUPIL') return '/practice.html';
  if (role === 'EVALUATOR') return '/evaluation.html';
  return '/home.html';
}

/**
 * Starts a signed-in page: translations, the current user (or off to sign-in), a role check
 * (a wrong role goes to its own landing page) and the header.
 */
export async function startPage({ roles } = {}) {
  await loadTranslations();
  const me = await api('/api/auth/me');
  useSession(me);
  if (roles && !roles.includes(me.role)) {
    location.replace(landingFor(me.role));
    return never();
  }
  renderHeader(me);
  return me;
}

/** Fills `<header id="site-header">`: name, school, signed-in user, language switch, sign-out. */
export function renderHeader(me, { schoolName } = {}) {
  const header = document.getElementById('site-header');
  const other = lang === 'nl' ? 'en' : 'nl';
  const languageSwitch = el('button', {
    type: 'button', id: 'language-switch', class: 'link-button', lang: other,
    'aria-label': t('header.language.label'), onclick: () => switchLanguage(other),
  }, t('header.language.switch'));

  const user = me ? el('div', { class: 'who' },
    el('span', { id: 'user-name' }, me.displayName),
    el('span', { class: 'role' }, t(`role.${me.role}`))) : null;
  const signOut = me ? el('button', { type: 'button', id: 'sign-out', class: 'secondary', onclick: signOutNow },
    t('header.signOut')) : null;

  replace(header,
    el('div', { class: 'brand' },
      el('a', { href: me ? landingFor(me.role) : '/login.html', class: 'logo' }, t('app.name')),
      el('span', { id: 'school-name', class: 'school' }, schoolName ?? '')),
    el('div', { class: 'header-tools' }, user, languageSwitch, signOut));
}

export function setSchoolName(name) {
  const node = document.getElementById('school-name');
  if (node) node.textContent = name ?? '';
}

function switchLanguage(language) {
  remember(language);
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  // a URL that differs at most in its #hash would only move within the page, not load it again
  if (url.toString() === location.href) location.reload();
  else location.replace(url.toString());
}

async function signOutNow() {
  try {
    await api('/api/auth/logout', { method: 'POST', on401: 'throw' });
  } catch {
    // signed out already, or the server is gone: the sign-in page is the right place either way
  }
  location.assign('/login.html');
}

/** Makes the skip link move focus to the main content without touching the hash (hash routing). */
export function wireSkipLink() {
  const link = document.querySelector('.skip-link');
  const main = document.getElementById('main');
  if (!link || !main) return;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
}

/** A short message box; `kind` is 'error', 'success' or 'info'. */
export function notice(kind, ...children) {
  return el('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : null }, ...children);
}

/** An empty value: a dash on screen, a word for screen readers. */
export function dash() {
  return el('span', { class: 'muted' },
    el('span', { 'aria-hidden': 'true' }, '—'),
    el('span', { class: 'visually-hidden' }, t('common.none')));
}

/**
 * What a refused upload shows: "nothing was stored" and a table of every problem with its file,
 * line and column. `describe(problem)` gives the page's own sentence for a problem; `countKey`
 * the translation key of the "n problems" line.
 */
export function uploadFailure(error, { describe, countKey }) {
  if (!(error instanceof ApiError) || error.status !== 422) {
    return notice('error', el('h2', {}, t('import.failed')), el('p', {}, describeError(error)));
  }
  const problems = error.problems;
  return el('div', { class: 'import-problems', 'data-testid': 'import-problems' },
    notice('error',
      el('h2', {}, t('import.nothingStored')),
      el('p', {}, t(countKey, { count: number(problems.length) })),
      problems.length === 0 && error.message ? el('p', {}, error.message) : null),
    problems.length ? el('table', { class: 'data problems', id: 'problems-table' },
      el('caption', { class: 'visually-hidden' }, t('import.problemsCaption')),
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, t('import.col.file')),
        el('th', { scope: 'col', class: 'num' }, t('import.col.line')),
        el('th', { scope: 'col' }, t('import.col.column')),
        el('th', { scope: 'col' }, t('import.col.message')))),
      el('tbody', {}, problems.map((problem) => el('tr', { 'data-testid': 'problem-row' },
        el('td', { class: 'file' }, problem.file || dash()),
        el('td', { class: 'num line' }, problem.line > 0 ? problem.line : dash()),
        el('td', { class: 'column mono' }, problem.columnName
          || (problem.column > 0 ? t('import.columnNumber', { column: problem.column }) : dash())),
        el('td', { class: 'message' }, describe(problem)))))) : null);
}

/** The message to show for a failed call: network, server, or the API's own words. */
export function describeError(error) {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  if (error.status === 0) return t('error.network');
  if (error.status === 403) return t('error.forbidden');
  if (error.status === 429) return t('error.throttled');
  if (error.status >= 500) return t('error.server');
  return error.message;
}

/**
 * A searchable, filterable, paged list of the school's pupils (roster and enrolment use it): wires
 * the search box, class filter and pager buttons named in `ids`, fetches pages — ignoring answers to
 * searches that a newer one replaced — and hands each page to `render`. Returns `{ load }`.
 */
export function pupilPages({ ids, pageSize, render, onError }) {
  const byId = (id) => document.getElementById(id);
  const query = { q: '', classId: '', offset: 0 };
  let request = 0;
  async function load() {
    const mine = ++request;
    const params = new URLSearchParams({ limit: pageSize, offset: query.offset });
    if (query.q) params.set('q', query.q);
    if (query.classId) params.set('classId', query.classId);
    byId(ids.table).setAttribute('aria-busy', 'true');
    try {
      const page = await api(`/api/roster/pupils?${params}`);
      if (mine !== request) return; // a newer search has started
      render(page);
      const from = page.total === 0 ? 0 : query.offset + 1;
      const to = query.offset + page.items.length;
      byId(ids.range).textContent = page.total === 0 ? ''
        : t('pager.range', { from: number(from), to: number(to), total: number(page.total) });
      byId(ids.prev).disabled = query.offset === 0;
      byId(ids.next).disabled = to >= page.total;
      replace(byId(ids.status), page.total === 0 ? el('p', { class: 'muted' }, t('pupils.none')) : null);
    } catch (error) {
      if (mine === request) onError(byId(ids.status), error);
    } finally {
      if (mine === request) byId(ids.table).removeAttribute('aria-busy');
    }
  }
  const searchAgain = () => {
    query.q = byId(ids.search).value.trim();
    query.offset = 0;
    load();
  };
  byId(ids.search).addEventListener('input', debounce(searchAgain, 250));
  byId(ids.form).addEventListener('submit', (event) => {
    event.preventDefault();
    searchAgain();
  });
  byId(ids.classSelect).addEventListener('change', () => {
    query.classId = byId(ids.classSelect).value;
    query.offset = 0;
    load();
  });
  byId(ids.prev).addEventListener('click', () => {
    query.offset = Math.max(0, query.offset - pageSize);
    load();
  });
  byId(ids.next).addEventListener('click', () => {
    query.offset += pageSize;
    load();
  });
  return { load };
}

/** Calls `fn` once typing has paused for `ms`. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
