// The unlock and first-run screens in Chinese and French (unlock.test.ts covers their rules in
// English): the words come from the catalogue and follow a change of language while shown, and
// the page's lang attribute follows too (screen readers pick their voice from it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { setLang } from '../lib/i18n.svelte';

const api = vi.hoisted(() => ({ unlock: vi.fn(), createWorkspace: vi.fn() }));
vi.mock('../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const { ApiError } = await import('../lib/api');
const { default: Unlock } = await import('./Unlock.svelte');
const { default: FirstRun } = await import('./FirstRun.svelte');

const INFO = { name: 'book', path: '/w/book.waypoint', exists: true, open: false, startup_error: null };

beforeEach(() => {
  api.unlock.mockReset();
  api.createWorkspace.mockReset();
});
afterEach(() => setLang('en'));

describe('Unlock in other languages', () => {
  it('speaks Chinese, including the startup error, and switches to French in place', async () => {
    setLang('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    render(Unlock, { info: { ...INFO, startup_error: { code: 'wrong_key', message: 'wrong key', text: { key: 'error-store-wrong-key', args: { path: { type: 'str', value: 'book' } } } } }, onready: () => {} });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('解锁 book');
    expect(screen.getByTestId('unlock-error').textContent).toBe('该密码短语无法解锁此工作区。');
    expect(screen.getByLabelText('密码短语')).toBe(screen.getByTestId('passphrase'));
    expect(screen.getByTestId('unlock-button').textContent).toBe('解锁');
    expect(screen.getByRole('button', { name: '使用系统钥匙串' })).toBeTruthy();

    setLang('fr');
    await Promise.resolve();
    expect(document.documentElement.lang).toBe('fr');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Déverrouiller book');
    expect(screen.getByTestId('unlock-button').textContent).toBe('Déverrouiller');
  });

  it('says in French that the keyring holds no key', async () => {
    setLang('fr');
    api.unlock.mockRejectedValueOnce(new ApiError('no_key_in_keyring', 'no key'));
    render(Unlock, { info: INFO, onready: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Utiliser le trousseau du système' }));
    expect((await screen.findByTestId('unlock-error')).textContent).toBe(
      'Le trousseau du système ne contient aucune clé pour cet espace de travail. Saisissez la phrase secrète.',
    );
  });
});

describe('First run in other languages', () => {
  it('asks for eight characters in French, with typographic spacing', async () => {
    setLang('fr');
    render(FirstRun, { info: { ...INFO, exists: false }, onready: () => {} });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bienvenue dans Waypoint');
    expect(screen.getByRole('group', { name: 'Comment conserver la clé\u202f?' })).toBeTruthy();
    await fireEvent.input(screen.getByTestId('new-passphrase'), { target: { value: 'court' } });
    await fireEvent.click(screen.getByTestId('create-workspace'));
    expect(screen.getByTestId('first-run-error').textContent).toBe('Utilisez au moins 8 caractères.');
    expect(api.createWorkspace).not.toHaveBeenCalled();
  });

  it('speaks Chinese', async () => {
    setLang('zh-CN');
    render(FirstRun, { info: { ...INFO, exists: false }, onready: () => {} });
    expect(screen.getByTestId('create-workspace').textContent?.trim()).toBe('创建工作区');
    expect(screen.getByText('至少 8 个字符。密码短语无法找回：忘记后工作区将无法解锁。')).toBeTruthy();
    await fireEvent.input(screen.getByTestId('new-passphrase'), { target: { value: 'correct horse' } });
    await fireEvent.input(screen.getByTestId('repeat-passphrase'), { target: { value: 'correct hose' } });
    await fireEvent.click(screen.getByTestId('create-workspace'));
    expect(screen.getByTestId('first-run-error').textContent).toBe('两次输入的密码短语不一致。');
  });
});

describe('the language menu before any workspace', () => {
  it('lists each language in itself and switches the first-run screen when one is picked', async () => {
    render(FirstRun, { info: { ...INFO, exists: false }, onready: () => {} });
    const menu = screen.getByTestId('language-menu') as HTMLSelectElement;
    expect([...menu.options].map((o) => o.textContent)).toEqual(['English', '简体中文', 'Français']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Waypoint');
    await fireEvent.change(menu, { target: { value: 'zh-CN' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('欢迎使用 Waypoint');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(localStorage.getItem('waypoint.lang')).toBe('zh-CN');
    expect(screen.getByLabelText('语言')).toBe(menu);
  });
});
