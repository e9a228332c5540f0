// The front door: signed in → your own page, otherwise → sign-in.
import { api, landingFor, loadTranslations } from './app.js';

await loadTranslations();
const me = await api('/api/auth/me');
location.replace(landingFor(me.role));
