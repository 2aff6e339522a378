import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { get } from 'svelte/store';
import { clearToasts, toasts } from '../../lib/kit';
import type { BatchProgress, BatchSummary } from './decks';
import { job } from './batch.svelte';
import Qbr from './Qbr.svelte';
import { QUARTERS, ROWS, deck, saved, summary } from './fixtures';

// Only the commands are replaced; ApiError and toApiError stay real so errors read as in the app.
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

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

beforeEach(() => {
  clearToasts();
  job.reset();
  api.accounts.mockReset().mockResolvedValue({ as_of: '2026-10-31', currency: 'EUR', rows: ROWS });
  decks.deckQuarters.mockReset().mockResolvedValue(QUARTERS);
  decks.deckFolder.mockReset().mockResolvedValue(FOLDER);
  decks.qbrPreview.mockReset().mockImplementation(async (account: string, quarter: string) => deck(`${account} ${quarter}`));
  decks.portfolioPreview.mockReset().mockImplementation(async (quarter: string) => deck(`Portfolio ${quarter}`, 8));
  decks.saveQbr.mockReset().mockImplementation(async (_a: string, _q: string, path: string) => saved(path));
  decks.savePortfolio.mockReset().mockImplementation(async (_q: string, path: string) => saved(path));
  decks.qbrBatch.mockReset();
  decks.qbrBatchCancel.mockReset().mockResolvedValue(true);
});

const path = (view: { getByTestId: (id: string) => HTMLElement }) => view.getByTestId('qbr-save-path') as HTMLInputElement;

describe('QBR of one account', () => {
  it('preselects the account it was opened from and previews its latest complete quarter', async () => {
    const view = render(Qbr, { account: 'ACC-1', theme: 'dark' });
    await waitFor(() => expect(view.getAllByTestId('qbr-slide')).toHaveLength(12));
    expect(decks.qbrPreview).toHaveBeenCalledExactlyOnceWith('ACC-1', '2026-Q3', 'dark', 'en');
    expect((view.getByTestId('qbr-quarter') as HTMLSelectElement).value).toBe('2026-Q3');
    await waitFor(() => expect((view.getByTestId('qbr-account') as HTMLInputElement).value).toBe('Acme GmbH'));
    expect(path(view).value).toBe(`${FOLDER}/Acme GmbH-2026-Q3.pptx`);
    const current = view.getByTestId('qbr-slide-current');
    expect(within(current).getByRole('group', { name: 'Slide 1 of 12: ACC-1 2026-Q3 1' })).toBeTruthy();
    // The thumbnails pick the large slide; its notes follow.
    await fireEvent.click(view.getAllByTestId('qbr-slide')[2]);
    expect(within(current).getByRole('group').getAttribute('aria-label')).toBe('Slide 3 of 12: ACC-1 2026-Q3 3');
    expect(view.getByText('Notes for ACC-1 2026-Q3 3')).toBeTruthy();
    await fireEvent.keyDown(view.getAllByTestId('qbr-slide')[2], { key: 'ArrowRight' });
    expect(view.getByText('Slide 4 of 12')).toBeTruthy();
  });

  it('searches accounts, previews the one picked and renames the file, keeping the chosen folder', async () => {
    const view = render(Qbr, { theme: 'light' });
    await waitFor(() => expect(view.getByText('Pick an account')).toBeTruthy());
    const input = view.getByTestId('qbr-account') as HTMLInputElement;
    await waitFor(() => expect(input.disabled).toBe(false));
    await fireEvent.input(input, { target: { value: 'glo' } });
    const options = view.getAllByTestId('qbr-account-option');
    expect(options.map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Globex ACC-2']);
    await fireEvent.click(options[0]);
    await waitFor(() => expect(view.getAllByTestId('qbr-slide')).toHaveLength(12));
    expect(decks.qbrPreview).toHaveBeenLastCalledWith('ACC-2', '2026-Q3', 'light', 'en');
    expect(path(view).value).toBe(`${FOLDER}/Globex-2026-Q3.pptx`);

    await fireEvent.input(path(view), { target: { value: '/tmp/reviews/mine.pdf' } });
    await fireEvent.change(view.getByTestId('qbr-quarter'), { target: { value: '2026-Q2' } });
    await waitFor(() => expect(decks.qbrPreview).toHaveBeenLastCalledWith('ACC-2', '2026-Q2', 'light', 'en'));
    expect(path(view).value).toBe('/tmp/reviews/Globex-2026-Q2.pdf');

    // Keyboard: Enter picks the highlighted (first) match.
    await fireEvent.input(input, { target: { value: 'ACC-3' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(decks.qbrPreview).toHaveBeenLastCalledWith('ACC-3', '2026-Q2', 'light', 'en'));
  });

  it('shows only the newest preview when answers arrive out of order', async () => {
    const slow = deferred<ReturnType<typeof deck>>();
    decks.qbrPreview.mockImplementationOnce(() => slow.promise);
    const view = render(Qbr, { account: 'ACC-1', theme: 'light' });
    await waitFor(() => expect(decks.qbrPreview).toHaveBeenCalledTimes(1));
    await fireEvent.change(view.getByTestId('qbr-quarter'), { target: { value: '2026-Q2' } });
    await waitFor(() => expect(view.getAllByTestId('qbr-slide')).toHaveLength(12));
    slow.resolve(deck('stale', 3));
    await new Promise((r) => setTimeout(r, 0));
    expect(view.getAllByTestId('qbr-slide')).toHaveLength(12);
    expect(view.getByText('Slide 1 of 12')).toBeTruthy();
  });

  it('saves as PPTX or PDF at the path, then shows the path and size', async () => {
    const view = render(Qbr, { account: 'ACC-1', theme: 'light' });
    await waitFor(() => expect(path(view).value).toBe(`${FOLDER}/Acme GmbH-2026-Q3.pptx`));
    await fireEvent.click(view.getByTestId('qbr-save-pdf'));
    await waitFor(() => expect(view.getByTestId('qbr-saved').textContent).toContain(`${FOLDER}/Acme GmbH-2026-Q3.pdf`));
    expect(decks.saveQbr).toHaveBeenCalledExactlyOnceWith('ACC-1', '2026-Q3', `${FOLDER}/Acme GmbH-2026-Q3.pdf`, 'en');
    expect(view.getByTestId('qbr-saved').textContent).toContain('1.2 MB');
    expect(path(view).value).toBe(`${FOLDER}/Acme GmbH-2026-Q3.pdf`);
    expect(get(toasts).map((t) => [t.message, t.tone])).toEqual([[`Saved ${FOLDER}/Acme GmbH-2026-Q3.pdf (1.2 MB)`, 'good']]);

    decks.saveQbr.mockRejectedValueOnce({ code: 'invalid_request', message: "'x.pptx': give the full path of the file or folder" });
    await fireEvent.input(path(view), { target: { value: 'x' } });
    await fireEvent.click(view.getByTestId('qbr-save-pptx'));
    await waitFor(() => expect(view.getByTestId('qbr-save-error').textContent).toContain('give the full path'));
    expect(decks.saveQbr).toHaveBeenLastCalledWith('ACC-1', '2026-Q3', 'x.pptx', 'en');
    expect(view.queryByTestId('qbr-saved')).toBeNull();
  });

  it('says so when the deck cannot be built, and retries', async () => {
    decks.qbrPreview.mockRejectedValueOnce({ code: 'unknown_account', message: 'unknown account "ACC-1"' });
    const view = render(Qbr, { account: 'ACC-1', theme: 'light' });
    await waitFor(() => expect(view.getByTestId('qbr-preview-error').textContent).toContain('unknown account'));
    await fireEvent.click(within(view.getByTestId('qbr-preview-error')).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(view.getAllByTestId('qbr-slide')).toHaveLength(12));
  });

  it('explains an empty workspace instead of offering quarters', async () => {
    decks.deckQuarters.mockResolvedValue([]);
    const view = render(Qbr, { theme: 'light' });
    await waitFor(() => expect(view.getByText('No quarter to review yet')).toBeTruthy());
    expect((view.getByTestId('qbr-quarter') as HTMLSelectElement).disabled).toBe(true);
    expect(decks.qbrPreview).not.toHaveBeenCalled();
  });
});

describe('whole book and portfolio', () => {
  it('writes the book with progress, cancels, and sums it up', async () => {
    const run = deferred<BatchSummary>();
    let report: (p: BatchProgress) => void = () => {};
    decks.qbrBatch.mockImplementation((_q: string, _d: string, _f: string[], onprogress: (p: BatchProgress) => void) => {
      report = onprogress;
      return run.promise;
    });
    const view = render(Qbr, { theme: 'light' });
    await waitFor(() => expect(view.getByRole('tab', { name: 'Whole book' })).toBeTruthy());
    await fireEvent.click(view.getByRole('tab', { name: 'Whole book' }));
    await waitFor(() => expect((view.getByTestId('qbr-batch-dir') as HTMLInputElement).value).toBe(`${FOLDER}/QBR 2026-Q3`));
    await fireEvent.click(view.getByTestId('qbr-batch-pdf'));
    await fireEvent.click(view.getByTestId('qbr-batch-start'));
    expect(decks.qbrBatch).toHaveBeenCalledWith('2026-Q3', `${FOLDER}/QBR 2026-Q3`, ['pptx', 'pdf'], expect.any(Function), 'en');
    const progress = await view.findByTestId('qbr-batch-progress');
    report({ done: 0, total: 270, account: null, failed: 0 });
    report({ done: 12, total: 270, account: 'Acme GmbH', failed: 0 });
    report({ done: 11, total: 270, account: 'Late', failed: 0 });
    await waitFor(() => expect(progress.textContent).toContain('12 of 270 · Acme GmbH'));
    expect(within(progress).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('4');
    expect((view.getByTestId('qbr-batch-start') as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(decks.qbrBatchCancel).toHaveBeenCalledOnce();
    await waitFor(() => expect(progress.textContent).toContain('Cancelling'));
    run.resolve(summary({ total: 270, decks: 13, files: 26, cancelled: true, skipped: 257, failures: [{ account_id: 'ACC-2', account: 'Globex', code: 'db', message: 'disk full' }] }));
    const done = await view.findByTestId('qbr-batch-summary');
    expect(done.textContent).toContain('Wrote 26 files for 13 decks');
    expect(done.textContent).toContain('Cancelled: 257 decks were not started.');
    expect(done.textContent).toContain('Globex: disk full');
    expect(view.queryByTestId('qbr-batch-progress')).toBeNull();
  });

  it('keeps a running batch across tab switches', async () => {
    const run = deferred<BatchSummary>();
    decks.qbrBatch.mockImplementation((_q: string, _d: string, _f: string[], onprogress: (p: BatchProgress) => void) => {
      onprogress({ done: 1, total: 3, account: 'Acme GmbH', failed: 0 });
      return run.promise;
    });
    const view = render(Qbr, { theme: 'light' });
    await fireEvent.click(await view.findByRole('tab', { name: 'Whole book' }));
    await waitFor(() => expect((view.getByTestId('qbr-batch-start') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(view.getByTestId('qbr-batch-start'));
    await fireEvent.click(view.getByRole('tab', { name: 'Account QBR' }));
    await fireEvent.click(view.getByRole('tab', { name: 'Whole book' }));
    expect(view.getByTestId('qbr-batch-progress').textContent).toContain('1 of 3 · Acme GmbH');
    run.resolve(summary());
    await view.findByTestId('qbr-batch-summary');
  });

  it('previews and saves the portfolio summary of the quarter', async () => {
    const view = render(Qbr, { theme: 'light' });
    await fireEvent.click(await view.findByRole('tab', { name: 'Portfolio summary' }));
    await waitFor(() => expect(view.getAllByTestId('qbr-slide')).toHaveLength(8));
    expect(decks.portfolioPreview).toHaveBeenCalledExactlyOnceWith('2026-Q3', 'light', 'en');
    expect(path(view).value).toBe(`${FOLDER}/Portfolio-2026-Q3.pptx`);
    await fireEvent.click(view.getByTestId('qbr-save-pptx'));
    await waitFor(() => expect(view.getByTestId('qbr-saved').textContent).toContain(`${FOLDER}/Portfolio-2026-Q3.pptx`));
    expect(decks.savePortfolio).toHaveBeenCalledExactlyOnceWith('2026-Q3', `${FOLDER}/Portfolio-2026-Q3.pptx`, 'en');
    // Back on the tab: the preview is not built again for the same quarter.
    await fireEvent.click(view.getByRole('tab', { name: 'Whole book' }));
    await fireEvent.click(view.getByRole('tab', { name: 'Portfolio summary' }));
    await waitFor(() => expect(view.getAllByTestId('qbr-slide')).toHaveLength(8));
    expect(decks.portfolioPreview).toHaveBeenCalledTimes(1);
  });
});
