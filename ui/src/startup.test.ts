// Start-up (main.ts): before the first paint the page says which language it is in, from the
// stored choice, so screen readers and the CJK font stack apply from the first screen.
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('./lib/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  sessionInfo: vi.fn(() => new Promise(() => {})),
}));

// jsdom has no matchMedia; the shell follows the OS theme through it.
window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;

afterAll(async () => {
  const { setLang } = await import('./lib/i18n.svelte');
  setLang('en');
  localStorage.clear();
});

describe('start-up', () => {
  it('sets the page language from the stored choice and opens in it', async () => {
    localStorage.setItem('waypoint.lang', 'zh-CN');
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<div id="app"></div>';
    await import('./main');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.querySelector('.center')?.textContent).toBe('正在打开工作区…');
  }, 60_000); // the first import compiles the whole app
});
