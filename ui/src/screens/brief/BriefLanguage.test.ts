// The value brief's languages: the brief's own language starts as the UI's, can differ, and is
// what the evidence and the save are asked for; the form speaks the UI's language with its
// number and date formats (expected strings written out by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { setLang } from '../../lib/i18n.svelte';
import { clearToasts } from '../../lib/kit';
import { customers, EVIDENCE_DELAY_MS, formatDays, formatYears } from './brief';
import { OPTIONS, evidence, saved } from './fixtures';

const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../lib/api')>()), ...api }));
vi.mock('../../lib/files', () => ({ pickSavePath: vi.fn() }));

const { default: Brief } = await import('./Brief.svelte');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  clearToasts();
  const handlers: Record<string, (args?: Record<string, unknown>) => Promise<unknown>> = {
    brief_options: async () => OPTIONS,
    brief_evidence: async () => evidence(),
    save_brief: async (args) => saved(String(args?.path)),
  };
  api.call.mockReset().mockImplementation((command: string, args?: Record<string, unknown>) => handlers[command](args));
});

afterEach(() => {
  vi.useRealTimers();
  setLang('en');
});

async function flush(ms = 0) {
  await vi.advanceTimersByTimeAsync(ms);
  await tick();
}

async function open() {
  const view = render(Brief);
  await flush();
  await flush(EVIDENCE_DELAY_MS);
  return view;
}

const langOf = (command: string) => api.call.mock.calls.filter(([c]) => c === command).map(([, args]) => (args as { lang: string }).lang);

describe('the brief’s language', () => {
  it('starts as the UI’s and, once chosen, reaches the evidence and the save', async () => {
    const view = await open();
    const select = view.getByTestId('brief-language') as HTMLSelectElement;
    expect(select.value).toBe('en');
    expect(langOf('brief_evidence')).toEqual(['en']);

    await fireEvent.change(select, { target: { value: 'zh-CN' } });
    await flush(EVIDENCE_DELAY_MS);
    expect(langOf('brief_evidence')).toEqual(['en', 'zh-CN']);
    // The default file is named in the brief's language too.
    expect((view.getByTestId('brief-save-path') as HTMLInputElement).value).toBe('~/Documents/Waypoint/潜在客户-价值简报.pdf');
    await fireEvent.input(view.getByTestId('brief-name'), { target: { value: 'Northwind' } });
    await flush();
    await fireEvent.click(view.getByTestId('brief-save-pdf'));
    await flush();
    expect(langOf('save_brief')).toEqual(['zh-CN']);
    expect(api.call).toHaveBeenLastCalledWith('save_brief', expect.objectContaining({ path: '~/Documents/Waypoint/northwind-价值简报.pdf', lang: 'zh-CN' }));
    // The form itself stays in the UI's language.
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('Value brief');
  });
});

describe('the form in French and Chinese', () => {
  it('speaks French with French dates and plurals', async () => {
    setLang('fr');
    const view = await open();
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('Note de valeur');
    expect((view.getByTestId('brief-language') as HTMLSelectElement).value).toBe('fr');
    expect(langOf('brief_evidence')).toEqual(['fr']);
    expect(view.getByText('Comparé à 24 clients, actuels et anciens, au 31 oct. 2026.')).toBeTruthy();
    expect(view.getByTestId('brief-count').textContent?.replace(/\s+/g, ' ').trim()).toBe('19 clients comparables (17 actuels, 2 anciens)');
    expect([formatDays(1), formatDays(34.2), formatYears(4.46), customers(1)]).toEqual(['1 jour', '34 jours', '4,5 ans', '1 client']);
  });

  it('speaks Chinese', async () => {
    setLang('zh-CN');
    const view = await open();
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('价值简报');
    expect(view.getByText('与 24 个现有及已流失客户比较，数据截至 2026年10月31日。')).toBeTruthy();
    expect([formatDays(34), formatYears(2), customers(1200)]).toEqual(['34 天', '2 年', '1,200 个客户']);
  });
});
