// A simple welcome for roles whose own pages come in later issues.
import { startPage, t, wireSkipLink } from './app.js';

const me = await startPage();
wireSkipLink();
document.getElementById('welcome').textContent = t('home.welcome', { name: me.displayName });
