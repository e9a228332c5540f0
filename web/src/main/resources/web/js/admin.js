// Admin: the schools on this server, a new school, a new user for a school.
import { api, describeError, el, notice, number, replace, startPage, t, wireSkipLink } from './app.js';

await startPage({ roles: ['ADMIN'] });
wireSkipLink();

const schoolsBody = document.getElementById('schools-body');

/** A value the form can tell is wrong before asking the server. */
class FormError extends Error {
  constructor(message, field) {
    super(message);
    this.field = field;
  }
}
const schoolSelect = document.getElementById('user-school');

async function loadSchools(selectId) {
  const status = document.getElementById('schools-status');
  try {
    const schools = await api('/api/admin/schools');
    replace(status, schools.length ? null : el('p', { class: 'muted' }, t('admin.noSchools')));
    replace(schoolsBody, schools.map((school) => el('tr', { 'data-testid': 'school-row' },
      el('td', {}, school.name),
      el('td', { class: 'num' }, number(school.pupils ?? 0)))));
    replace(schoolSelect, schools.map((school) => el('option', { value: school.id }, school.name)));
    if (selectId !== undefined) schoolSelect.value = String(selectId);
  } catch (error) {
    replace(status, notice('error', describeError(error)));
  }
}

function wireForm(formId, resultId, submit) {
  const form = document.getElementById(formId);
  const result = document.getElementById(resultId);
  const button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const missing = [...form.querySelectorAll('[required]')].find((field) => !field.value.trim());
    if (missing) {
      replace(result, notice('error', t('form.required')));
      missing.focus();
      return;
    }
    button.disabled = true;
    try {
      const message = await submit(form);
      // clear the typed fields, keep the choices (school, role) for the next user
      const choices = [...form.querySelectorAll('select')].map((select) => [select, select.value]);
      form.reset();
      for (const [select, value] of choices) select.value = value;
      replace(result, notice('success', message));
    } catch (error) {
      if (error instanceof FormError) {
        replace(result, notice('error', error.message));
        document.getElementById(error.field).focus();
        return;
      }
      replace(result, notice('error', describeError(error),
        error.problems?.length ? el('ul', {}, error.problems.map((p) => el('li', {}, String(p.message ?? p)))) : null));
    } finally {
      button.disabled = false;
    }
  });
}

wireForm('school-form', 'school-form-result', async (form) => {
  const name = form.elements.name.value.trim();
  const school = await api('/api/admin/schools', { method: 'POST', json: { name } });
  await loadSchools(school?.id);
  return t('admin.schoolCreated', { name });
});

wireForm('user-form', 'user-form-result', async (form) => {
  const schoolId = schoolSelect.value;
  const body = {
    role: form.elements.role.value,
    username: form.elements.username.value.trim(),
    displayName: form.elements.displayName.value.trim(),
    password: form.elements.password.value,
  };
  // the server's rules, checked here first so the message is in the user's language
  if (!/^[A-Za-z0-9._@-]{3,100}$/.test(body.username)) throw new FormError(t('admin.usernameHint'), 'user-username');
  if (body.password.length < 10) throw new FormError(t('admin.passwordHint'), 'user-password');
  await api(`/api/admin/schools/${encodeURIComponent(schoolId)}/users`, { method: 'POST', json: body });
  const school = schoolSelect.selectedOptions[0]?.textContent ?? '';
  return t('admin.userCreated', { username: body.username, school });
});

await loadSchools();
