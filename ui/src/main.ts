import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { lang } from './lib/i18n.svelte';
import { initTheme } from './lib/kit';

// Before mount, so the first paint already uses the stored theme, and the page says which
// language it is in (screen readers' voice, CJK font choice, hyphenation) from the start.
initTheme();
document.documentElement.lang = lang();

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element in index.html');

export default mount(App, { target });
