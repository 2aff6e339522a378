// The QBR screen's languages: the deck language starts as the UI's, can differ from it, and is
// what the preview, the save and the batch are asked for; the screen itself speaks the UI's
// language (expected strings written out by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { setLang } from '../../lib/i18n.svelte';
import { clearToasts } from '../../lib/kit';
import { job } from './batch.svelte';
import Qbr from './Qbr.svelte';
import { progressText, quarterLabel, summaryText } from './qbr';
import { QUARTERS, ROWS, deck, saved, summary } from './fixtures';

const api = vi.hoisted(() => ({ accounts: vi.fn() }));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../lib/api')>()), ...api }));
const decks = vi.hoisted(() => ({
  deckQuarters: vi.fn(),
  deckFolder: vi.fn(),
  qbrPreview: vi.fn(),
  portfolioPreview: vi.fn(),
  saveQbr: vi.fn(),
  savePortfolio: vi.fn(),
  qbrBatch: vi.fn(),
  qbrBatchCancel: vi.fn(),
}));
vi.mock('./decks', () => decks);

const FOLDER = '/home/cs/Documents/Waypoint';

beforeEach(() => {
  clearToasts();
  job.reset();
  api.accounts.mockReset().mockResolvedValue({ as_of: '2026-10-31', currency: 'EUR', rows: ROWS });
  decks.deckQuarters.mockReset().mockResolvedValue(QUARTERS);
  decks.deckFolder.mockReset().mockResolvedValue(FOLDER);
  decks.qbrPreview.mockReset().mockImplementation(async (account: string, quarter: string, _theme: string, lang: string) => deck(`${account} ${quarter} ${lang}`));
  decks.portfolioPreview.mockReset().mockImplementation(async (quarter: string, _theme: string, lang: string) => deck(`Portfolio ${quarter} ${lang}`, 8));
  decks.saveQbr.mockReset().mockImplementation(async (_a: string, _q: string, path: string) => saved(path));
  decks.savePortfolio.mockReset().mockImplementation(async (_q: string, path: string) => saved(path));
  decks.qbrBatch.mockReset().mockResolvedValue(summary());
  decks.qbrBatchCancel.mockReset().mockResolvedValue(true);
});

afterEach(() => setLang('en'));

const language = (view: { getByTestId: (id: string) => HTMLElement }) => view.getByTestId('qbr-language') as HTMLSelectElement;

describe('deck language', () => {
  it('starts as the UI language and, once chosen, reaches the preview, the save and the batch', async () => {
    const view = render(Qbr, { account: 'ACC-1', theme: 'light' });
    await waitFor(() => expect(decks.qbrPreview).toHaveBeenCalledExactlyOnceWith('ACC-1', '2026-Q3', 'light', 'en'));
    expect(language(view).value).toBe('en');
    expect([...language(view).options].map((o) => o.textContent)).toEqual(['English', '简体中文', 'Français']);

    await fireEvent.change(language(view), { target: { value: 'fr' } });
    await waitFor(() => expect(decks.qbrPreview).toHaveBeenLastCalledWith('ACC-1', '2026-Q3', 'light', 'fr'));
    await waitFor(() => expect(within(view.getByTestId('qbr-slide-current')).getByRole('group').getAttribute('aria-label')).toBe('Slide 1 of 12: ACC-1 2026-Q3 fr 1'));
    // The deck is French; the screen around it stays in the UI's language.
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('Quarterly business reviews');

    await fireEvent.click(view.getByTestId('qbr-save-pptx'));
    await waitFor(() => expect(decks.saveQbr).toHaveBeenCalledExactlyOnceWith('ACC-1', '2026-Q3', `${FOLDER}/Acme GmbH-2026-Q3.pptx`, 'fr'));

    await fireEvent.click(view.getByRole('tab', { name: 'Portfolio summary' }));
    await waitFor(() => expect(decks.portfolioPreview).toHaveBeenCalledExactlyOnceWith('2026-Q3', 'light', 'fr'));
    // The portfolio file is named in the deck's language.
    expect((view.getByTestId('qbr-save-path') as HTMLInputElement).value).toBe(`${FOLDER}/Portefeuille-2026-Q3.pptx`);

    await fireEvent.click(view.getByRole('tab', { name: 'Whole book' }));
    await waitFor(() => expect((view.getByTestId('qbr-batch-start') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(view.getByTestId('qbr-batch-start'));
    await waitFor(() => expect(decks.qbrBatch).toHaveBeenCalledWith('2026-Q3', `${FOLDER}/QBR 2026-Q3`, ['pptx'], expect.any(Function), 'fr'));
  });

  it('follows the UI language until one is chosen', async () => {
    setLang('zh-CN');
    const view = render(Qbr, { account: 'ACC-1', theme: 'light' });
    await waitFor(() => expect(decks.qbrPreview).toHaveBeenLastCalledWith('ACC-1', '2026-Q3', 'light', 'zh-CN'));
    expect(language(view).value).toBe('zh-CN');
    setLang('fr');
    await waitFor(() => expect(decks.qbrPreview).toHaveBeenLastCalledWith('ACC-1', '2026-Q3', 'light', 'fr'));
    expect(language(view).value).toBe('fr');
  });
});

describe('the screen in French and Chinese', () => {
  it('speaks French, with French slide counts and toasts', async () => {
    setLang('fr');
    const view = render(Qbr, { account: 'ACC-1', theme: 'light' });
    await waitFor(() => expect(view.getAllByTestId('qbr-slide')).toHaveLength(12));
    expect(view.getByRole('heading', { level: 1 }).textContent).toBe('Revues trimestrielles (QBR)');
    expect(view.getByRole('tab', { name: 'Tout le portefeuille' })).toBeTruthy();
    expect(view.getByText('Diapositive 1 sur 12')).toBeTruthy();
    expect([...(view.getByTestId('qbr-quarter') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['T3 2026', 'T2 2026']);
    expect(view.getByTestId('qbr-save-pdf').textContent?.trim()).toBe('Enregistrer en PDF');
  });

  it('words the batch in each language, with the locale’s digits and plurals', () => {
    setLang('fr');
    expect(progressText({ done: 12, total: 1270, account: 'Acme GmbH', failed: 0 })).toBe('12 sur 1\u202f270 · Acme GmbH');
    expect(summaryText(summary({ total: 0 }))).toBe('Aucun compte payant à la fin du T3 2026\u202f: aucune présentation à générer.');
    expect(summaryText(summary({ cancelled: true, skipped: 1 })).endsWith('Annulé\u202f: 1 présentation n’a pas été commencée.')).toBe(true);
    setLang('zh-CN');
    expect(progressText({ done: 12, total: 1270, account: null, failed: 0 })).toBe('12 / 1,270');
    expect(quarterLabel('2026-Q3')).toBe('2026年第三季度');
    // Chinese sentences follow each other without a space.
    expect(summaryText(summary({ cancelled: true, skipped: 2 })).endsWith('QBR 2026-Q3。已取消：2 份演示文稿未开始生成。')).toBe(true);
    setLang('en');
    expect([quarterLabel('2026-Q3'), quarterLabel('FY2026', 'Fiscal 2026')]).toEqual(['Q3 2026', 'Fiscal 2026']);
  });
});
