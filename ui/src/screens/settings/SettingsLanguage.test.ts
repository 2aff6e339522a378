// The settings screen in other languages: the Language section switches the whole window at
// once and is remembered on this machine, and the screen's own words, numbers and validation
// follow the language (expected strings written out by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { LANG_STORAGE_KEY, setLang } from '../../lib/i18n.svelte';
import { makeSettings } from './fixture';

const commands = vi.hoisted(() => ({
  settings: vi.fn(),
  saveScorecard: vi.fn(),
  saveThresholds: vi.fn(),
  saveBrand: vi.fn(),
  backupWorkspace: vi.fn(),
  rekeyWorkspace: vi.fn(),
  restoreWorkspace: vi.fn(),
}));
vi.mock('./commands', () => commands);
const api = vi.hoisted(() => ({ sessionInfo: vi.fn(), workspaceStatus: vi.fn() }));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));
vi.mock('../../lib/files', () => ({ pickFile: vi.fn(), pickSavePath: vi.fn() }));

const { default: Settings } = await import('./Settings.svelte');

const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => screen.getByTestId(id) as T;
const text = (id: string) => byId<HTMLElement>(id).textContent?.replace(/\s+/g, ' ').trim();
const heading = (level: number) => screen.getAllByRole('heading', { level }).map((h) => h.textContent?.trim());

async function open() {
  commands.settings.mockResolvedValue(makeSettings());
  render(Settings);
  await screen.findByTestId('settings-path');
}

beforeEach(() => {
  for (const fn of [...Object.values(commands), ...Object.values(api)]) fn.mockReset();
  api.workspaceStatus.mockRejectedValue(new Error('not asked for in this test'));
  localStorage.removeItem(LANG_STORAGE_KEY);
});

afterEach(() => setLang('en'));

describe('the Language section', () => {
  it('lists the languages by their own names and shows the current one', async () => {
    await open();
    const select = byId<HTMLSelectElement>('settings-language-select');
    expect([...select.options].map((o) => o.textContent)).toEqual(['English', '简体中文', 'Français']);
    expect(select.value).toBe('en');
    expect(heading(2)[0]).toBe('Language');
  });

  it('switches the whole screen at once when a language is chosen, and remembers it', async () => {
    await open();
    expect(heading(1)).toEqual(['Settings']);
    expect(text('settings-key-storage')).toBe('System keyring');

    await fireEvent.change(byId<HTMLSelectElement>('settings-language-select'), { target: { value: 'fr' } });
    expect(heading(1)).toEqual(['Réglages']);
    expect(heading(2)).toEqual(['Langue', 'Espace de travail', 'Sécurité', 'Grille du score de santé', 'Le score fonctionne-t-il\u202f?', 'Les poids peuvent-ils faire mieux\u202f?', 'Seuils d’alerte', 'Identité visuelle']);
    expect(text('settings-key-storage')).toBe('Trousseau du système');
    expect(byId('scorecard-save').textContent?.trim()).toBe('Enregistrer la grille');
    expect(byId<HTMLSelectElement>('settings-language-select').value).toBe('fr');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');

    await fireEvent.change(byId<HTMLSelectElement>('settings-language-select'), { target: { value: 'zh-CN' } });
    expect(heading(1)).toEqual(['设置']);
    expect(text('settings-key-storage')).toBe('系统钥匙串');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('zh-CN');
  });
});

describe('in French', () => {
  it('writes shares with a decimal comma and says what is wrong in French', async () => {
    setLang('fr');
    await open();
    // 25 of 105 = 23.8 %; French puts a no-break space before the sign.
    await fireEvent.input(byId('setting-usage_trend'), { target: { value: '25' } });
    expect(byId<HTMLElement>('share-usage_trend').textContent).toBe('23,8\u00a0%');
    await fireEvent.input(byId('setting-silent_days'), { target: { value: '400' } });
    expect(text('silent_days-error')).toBe('Saisissez une valeur de 1 à 365 jours.');
    await fireEvent.input(byId('setting-green_at'), { target: { value: '40' } });
    expect(text('green_at-error')).toBe('Doit être supérieur au seuil jaune (40).');
  });
});

describe('in Chinese', () => {
  it('shows the screen in Chinese with Chinese punctuation', async () => {
    setLang('zh-CN');
    await open();
    expect(heading(1)).toEqual(['设置']);
    expect(byId<HTMLSelectElement>('settings-language-select').value).toBe('zh-CN');
    await fireEvent.input(byId('setting-usage_trend'), { target: { value: '25' } });
    expect(text('share-usage_trend')).toBe('23.8%');
    await fireEvent.input(byId('setting-company'), { target: { value: ' ' } });
    await tick();
    expect(text('company-error')).toBe('请输入公司名称。');
  });
});
