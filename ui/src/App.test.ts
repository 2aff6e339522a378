// The shell's lock: closing the workspace clears every message about its data, and a lock that
// fails says so instead of doing nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { get } from 'svelte/store';

const api = vi.hoisted(() => ({ sessionInfo: vi.fn(), lock: vi.fn(), home: vi.fn(), account: vi.fn(), accounts: vi.fn() }));
vi.mock('./lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const { ApiError } = await import('./lib/api');
const { clearToasts, push, toasts } = await import('./lib/kit');
const { default: App } = await import('./App.svelte');

const trend = { now: 1, before: 1 };
const HOME = {
  as_of: '2026-10-31', before: '2026-10-03', currency: 'USD', conversion: null, paying_accounts: 1, arr: trend, nrr: trend, grr: trend, logo_churn: trend,
  at_risk_arr: 0, at_risk_accounts: 0, health: (['green', 'yellow', 'red'] as const).map((band) => ({ band, accounts: 0, arr: 0 })),
  alerts: [], alerts_total: 0, tasks: [], tasks_total: 0, mrr_chart: '',
  renewals: [{ account_id: 'acc-3', name: 'Initech', owner: null, renewal: '2026-11-14', days_left: 14, arr: 48_000, health: 38, band: 'red' as const, at_risk: true }],
};
const OPEN = { name: 'book', path: '/w/book.waypoint', exists: true, open: true, startup_error: null };
const LOCKED = { ...OPEN, open: false };

// jsdom has no matchMedia; the shell follows the OS theme through it.
window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.home.mockReturnValue(new Promise(() => {}));
  clearToasts();
});

describe('Lock', () => {
  it('clears the messages about the book and shows the unlock screen', async () => {
    api.sessionInfo.mockResolvedValueOnce(OPEN).mockResolvedValueOnce(LOCKED);
    api.lock.mockResolvedValue(undefined);
    render(App);
    const lockButton = await screen.findByTestId('lock');
    push({ message: 'Could not complete “Call Acme”', tone: 'bad', timeout: 0 });
    await fireEvent.click(lockButton);
    await screen.findByTestId('unlock');
    expect(get(toasts)).toEqual([]);
  });

  it('says so when locking fails, and stays open', async () => {
    api.sessionInfo.mockResolvedValue(OPEN);
    api.lock.mockRejectedValue(new ApiError('db', 'disk I/O error'));
    render(App);
    await fireEvent.click(await screen.findByTestId('lock'));
    await waitFor(() => expect(get(toasts).map((t) => t.message)).toEqual(['Could not lock: disk I/O error']));
    expect(screen.getByTestId('lock')).toBeTruthy();
    expect(api.sessionInfo).toHaveBeenCalledTimes(1);
  });
});

describe('an account opened from the home', () => {
  it('goes back to the home', async () => {
    api.sessionInfo.mockResolvedValue(OPEN);
    api.home.mockResolvedValue(HOME);
    api.account.mockReturnValue(new Promise(() => {}));
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'Initech' }));
    await screen.findByTestId('account-loading');
    expect(document.querySelector('aside [aria-current="page"]')?.textContent).toContain('Portfolio');
    expect(screen.getByTestId('back').textContent).toBe('← Portfolio');
    await fireEvent.click(screen.getByTestId('back'));
    await screen.findByRole('button', { name: 'Initech' });
    expect(screen.queryByTestId('account-loading')).toBeNull();
  });
});

describe('the accounts table', () => {
  const LIST = {
    as_of: '2026-10-31', currency: 'USD', conversion: null, segment_labels: {}, version: 3,
    rows: [{ account_id: 'acc-3', name: 'Initech', owner: null, industry: null, region: null, health: 38, band: 'red', health_change: null, arr: 48_000,
      stage: 'at_risk', breadth: 0.5, usage_change: null, monthly_active_users: 2, renewal: null, alerts: 1, at_risk: true, needs_segment: null, value_tier: null }],
  };
  const nav = (name: string) => fireEvent.click(screen.getByRole('button', { name: new RegExp(name) }));

  it('is kept between visits, asked only whether it changed, and dropped when the workspace locks', async () => {
    api.sessionInfo.mockResolvedValueOnce(OPEN).mockResolvedValueOnce(LOCKED);
    api.home.mockResolvedValue(HOME);
    api.accounts.mockResolvedValueOnce(LIST).mockResolvedValue(null);
    api.lock.mockResolvedValue(undefined);
    render(App);
    await screen.findByTestId('lock');
    await nav('Accounts');
    const table = await screen.findByTestId('accounts');
    await screen.findByText('Initech');
    await nav('Portfolio');
    expect(table.isConnected).toBe(true);
    expect(table.closest('.kept')?.classList.contains('shown')).toBe(false);
    await nav('Accounts');
    await waitFor(() => expect(api.accounts).toHaveBeenCalledTimes(2));
    expect(api.accounts.mock.calls.map((c) => c[0] ?? null)).toEqual([null, 3]);
    expect(screen.getByTestId('accounts')).toBe(table);
    expect(table.closest('.kept')?.classList.contains('shown')).toBe(true);

    await fireEvent.click(screen.getByTestId('lock'));
    await screen.findByTestId('unlock');
    expect(table.isConnected).toBe(false);
    expect(screen.queryByText('Initech')).toBeNull();
  });
});
