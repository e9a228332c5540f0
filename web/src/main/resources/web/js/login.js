// Sign-in: staff with username and password, pupils with class code and personal code.
import { api, ApiError, landingFor, loadTranslations, renderHeader, t, useSession } from './app.js';

const tabs = [...document.querySelectorAll('[role="tab"]')];

function selectTab(tab, focus) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
  document.querySelector(`#${tab.getAttribute('aria-controls')} input`).focus();
}

for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab, false));
  tab.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length], true);
  });
}

/** Only a path on this site may follow sign-in (no open redirect). */
function nextPage(role) {
  const next = new URLSearchParams(location.search).get('next');
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return landingFor(role);
}

function wire(formId, errorId, path, read, wrongMessage) {
  const form = document.getElementById(formId);
  const error = document.getElementById(errorId);
  const button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = read();
    if (Object.values(body).some((value) => !value)) {
      error.textContent = t('login.fillBoth');
      return;
    }
    error.textContent = '';
    button.disabled = true;
    try {
      const me = await api(path, { method: 'POST', json: body, on401: 'throw' });
      useSession(me);
      location.assign(nextPage(me.role));
    } catch (e) {
      button.disabled = false;
      if (e instanceof ApiError && e.status === 401) error.textContent = wrongMessage();
      else if (e instanceof ApiError && e.status === 429) error.textContent = t('login.throttled');
      else if (e instanceof ApiError && e.status === 0) error.textContent = t('error.network');
      else error.textContent = t('error.server');
    }
  });
}

const value = (id) => document.getElementById(id).value.trim();

wire('staff-form', 'staff-error', '/api/auth/login',
  () => ({ username: value('username'), password: document.getElementById('password').value }),
  () => t('login.wrongStaff'));
wire('pupil-form', 'pupil-error', '/api/auth/pupil-login',
  () => ({ classCode: value('class-code'), personalCode: value('personal-code') }),
  () => t('login.wrongPupil'));

await loadTranslations();
renderHeader(null);
if (location.hash === '#pupil' || location.hash === '#leerling') selectTab(document.getElementById('tab-pupil'), false);
else document.getElementById('username').focus();

// Already signed in? Go straight on.
try {
  const me = await api('/api/auth/me', { on401: 'throw' });
  if (me?.role) location.replace(nextPage(me.role));
} catch {
  // not signed in: stay here
}
