import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { initTheme } from './lib/kit';

// Before mount, so the first paint already uses the stored theme.
initTheme();

const target = document.getElementById('app');
if (!target) throw new Error('missing #app element in index.html');

export default mount(App, { target });
