// The Account 360 screen against a mocked API: loading, errors and what it shows.
// Expectations are computed by hand from fixture.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearToasts } from '../../lib/kit';
import { tick } from 'svelte';
import { setLang } from '../../lib/i18n.svelte';
import { makeAccount } from './fixture';

const api = vi.hoisted(() => ({
  account: vi.fn(),
  completeMilestone: vi.fn(),
  reopenMilestone: vi.fn(),
  completeTask: vi.fn(),
  logTouchpoint: vi.fn(),
}));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const { ApiError } = await import('../../lib/api');
const { default: Account } = await import('./Account.svelte');
const { HOSTILE, openAccount: open, openTab, text } = await import('./testing');

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.account.mockResolvedValue(makeAccount());
  clearToasts();
});

describe('loading and errors', () => {
  it('shows a live loading message, then the account; loads with the id and theme', async () => {
    let resolve!: (v: unknown) => void;
    api.account.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    render(Account, { id: 'acme', theme: 'dark', onback: () => {} });
    const root = screen.getByTestId('account');
    expect(root.dataset.accountId).toBe('acme');
    const loading = await screen.findByText('Loading account…');
    expect(loading.getAttribute('aria-live')).toBe('polite');
    resolve(makeAccount());
    await screen.findByTestId('account-header');
    expect(api.account).toHaveBeenCalledWith('acme', 'dark');
    expect(screen.queryByText('Loading account…')).toBeNull();
  });

  it('shows the error with Retry and back', async () => {
    api.account.mockRejectedValueOnce(new ApiError('unknown_account', 'no account "nope"'));
    const onback = vi.fn();
    render(Account, { id: 'nope', theme: 'light', onback });
    expect(text(await screen.findByTestId('account-error-message'))).toBe('no account "nope"');
    await fireEvent.click(screen.getByRole('button', { name: 'Back to Accounts' }));
    expect(onback).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('retry'));
    await screen.findByTestId('account-header');
    expect(api.account).toHaveBeenCalledTimes(2);
  });

  it('reloads when the id or the theme changes', async () => {
    const { rerender } = await open();
    await rerender({ id: 'beta' });
    await waitFor(() => expect(api.account).toHaveBeenLastCalledWith('beta', 'light'));
    await rerender({ theme: 'dark' });
    await waitFor(() => expect(api.account).toHaveBeenLastCalledWith('beta', 'dark'));
    expect(api.account).toHaveBeenCalledTimes(3);
  });

  it('keeps the data on screen while a theme switch reloads it', async () => {
    const { rerender } = await open();
    let resolve!: (v: unknown) => void;
    api.account.mockReturnValueOnce(new Promise((r) => (resolve = r)));
    await rerender({ theme: 'dark' });
    expect(screen.getByTestId('account-header')).toBeTruthy();
    expect(screen.getByTestId('account').getAttribute('aria-busy')).toBe('true');
    resolve(makeAccount());
    await waitFor(() => expect(screen.getByTestId('account').getAttribute('aria-busy')).toBe('false'));
  });

  it('ignores a late answer for the previous account', async () => {
    let resolveFirst!: (v: unknown) => void;
    api.account.mockReturnValueOnce(new Promise((r) => (resolveFirst = r)));
    api.account.mockResolvedValueOnce(makeAccount({ name: 'Beta Corp' }));
    const { rerender } = render(Account, { id: 'acme', theme: 'light', onback: () => {} });
    await rerender({ id: 'beta' });
    await screen.findByText('Beta Corp');
    resolveFirst(makeAccount());
    await new Promise((r) => setTimeout(r, 10));
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe('Beta Corp');
  });
});

describe('overview', () => {
  it('formats the header: name, facts, ARR, health change, stage, renewal, users, breadth', async () => {
    const onback = vi.fn();
    await open({ onback });
    expect(text(screen.getByRole('heading', { level: 1 }))).toBe('Acme Analytics');
    const facts = text(screen.getByRole('list', { name: 'Account facts' }));
    expect(facts).toContain('Owner: Dana Lee');
    for (const f of ['Dana Lee', 'Retail', 'EMEA', 'Needs: Growth seekers', 'Tier: Enterprise']) expect(facts).toContain(f);
    expect(text(screen.getByTestId('tile-arr'))).toContain('€120,000');
    expect(text(screen.getByTestId('tile-arr'))).toContain('MRR €10,000');
    const health = text(screen.getByTestId('tile-health'));
    expect(health).toContain('72');
    expect(health).toContain('+4 pts');
    expect(health).toContain('Healthy');
    expect(screen.getByTestId('tile-stage').getAttribute('title')).toBe('2 of 4 modules used');
    expect(text(screen.getByTestId('tile-stage'))).toContain('Adoption');
    expect(text(screen.getByTestId('tile-renewal'))).toContain('Aug 14, 2025');
    expect(text(screen.getByTestId('tile-renewal'))).toContain('in 45 days');
    expect(text(screen.getByTestId('tile-mau'))).toContain('1,234');
    expect(text(screen.getByTestId('tile-breadth'))).toContain('50%');
    expect(text(screen.getByTestId('tile-breadth'))).toContain('2 of 4 licensed modules');
    await fireEvent.click(screen.getByRole('button', { name: '← Accounts' }));
    expect(onback).toHaveBeenCalledTimes(1);
  });

  it('draws each driver bar at points / max points, and n/a without data', async () => {
    await open();
    const rows = screen.getAllByTestId('driver');
    const width = (key: string) =>
      rows.find((r) => r.dataset.key === key)!.querySelector<HTMLElement>('[data-testid="driver-fill"]')?.style.width;
    expect(width('usage_trend')).toBe('75%'); // 15 / 20
    expect(width('breadth')).toBe('50%'); // 7.5 / 15
    expect(width('depth')).toBe('22%'); // 3.3 / 15
    expect(width('nps')).toBeUndefined();
    const nps = rows.find((r) => r.dataset.key === 'nps')!;
    expect(text(within(nps).getByTestId('driver-points'))).toBe('n/a (no data, left out of the score)');
    expect(text(within(rows[0]).getByTestId('driver-points'))).toBe('15 / 20 pts');
  });

  it('shows the charts as images with alt text (the timeline on the plan tab), and which modules are used', async () => {
    await open();
    expect(screen.queryByTestId('chart-milestones')).toBeNull();
    for (const id of ['chart-module-stack', 'chart-users', 'chart-health']) {
      const img = screen.getByTestId(id);
      expect(img.tagName).toBe('IMG');
      expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(img.getAttribute('alt')?.length).toBeGreaterThan(20);
    }
    expect(screen.getByTestId('chart-module-stack').getAttribute('alt')).toContain('uses 2 of 4 licensed modules');
    expect(text(screen.getByTestId('module-list'))).toContain('The account uses 2 of 4 licensed modules.');
    expect(screen.getAllByTestId('module-used').map((li) => li.dataset.module)).toEqual(['dash', 'funnels']);
    expect(screen.getAllByTestId('module-unused').map((li) => li.dataset.module)).toEqual(['alerts', 'exports']);
    expect(text(screen.getAllByTestId('module-unused')[0])).toBe('Alerting Licensed');
    expect(screen.getByTestId('chart-health').getAttribute('alt')).toBe('Health score over time for Acme Analytics; now 72 (Healthy).');
    await openTab('Success plan');
    expect(screen.getByTestId('chart-milestones').getAttribute('alt')).toBe(
      'Success plan timeline for Acme Analytics: 2 done, 1 overdue, 2 open of 5 milestones.',
    );
  });

  it('lists alerts newest first with a severity badge', async () => {
    await open();
    const alerts = screen.getAllByTestId('alert');
    expect(alerts.map((a) => a.dataset.severity)).toEqual(['high', 'medium', 'low']);
    expect(text(alerts[0])).toBe(
      'Since Jun 20, 2025 High 6 support tickets in the last 14 days vs 1.5 per 14 days over the 12 weeks before',
    );
    // The engine's sentence is written in the reader's language, its figures too.
    setLang('fr');
    try {
      await tick();
      expect(text(screen.getAllByTestId('alert')[2])).toContain(
        '1 des 4 modules sous licence inutilisés ces 28 derniers jours : Alerting (fin de la période d’onboarding le 15 mai 2025)',
      );
    } finally {
      setLang('en');
    }
  });
});

describe('support and NPS', () => {
  it('shows support numbers, NPS with its split and the latest comments', async () => {
    await open();
    await openTab('Support & NPS');
    const support = text(screen.getByTestId('support'));
    for (const s of ['Tickets 7', 'Open 2', 'Urgent or high 1', 'First response 3.5 h', 'Resolution 26 h', 'CSAT 4.3 / 5']) expect(support).toContain(s);
    expect(text(screen.getByTestId('nps-score'))).toContain('+20');
    const nps = text(screen.getByTestId('nps'));
    for (const s of ['Promoters 2', 'Passives 2', 'Detractors 1']) expect(nps).toContain(s);
    const comments = screen.getAllByTestId('nps-comment');
    expect(text(comments[0])).toBe('Score 4 Jun 10, 2025 Exports keep timing out');
    expect(text(comments[1])).toBe('Score 9 May 2, 2025 No comment.');
  });
});

describe('customer text', () => {
  it('renders a hostile name and NPS comment as literal text, creating no element', async () => {
    api.account.mockResolvedValue(makeAccount({ name: HOSTILE, comment: HOSTILE }));
    await open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(HOSTILE);
    await openTab('Support & NPS');
    expect(screen.getAllByTestId('nps-comment')[0].querySelector('.comment')?.textContent).toBe(HOSTILE);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    await openTab('Overview');
    // The only images are the overview's charts.
    const imgs = [...document.querySelectorAll('img')];
    expect(imgs.map((i) => i.dataset.testid)).toEqual(['chart-module-stack', 'chart-users', 'chart-health']);
    expect(document.querySelector('img[src="x"], [onerror]')).toBeNull();
  });
});
