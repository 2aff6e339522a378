import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/svelte';
import { compile } from 'svelte/compiler';
import type { Alert, DemoStep, Home, Task } from '../lib/api';
import { formatDate } from '../lib/format';
import { setLang } from '../lib/i18n.svelte';
import HomeScreen from './Home.svelte';
import source from './Home.svelte?raw';
import * as h from './home';

// Only the commands are replaced; ApiError and toApiError stay real so errors read as in the app.
const api = vi.hoisted(() => ({ home: vi.fn(), completeTask: vi.fn(), loadDemo: vi.fn() }));
vi.mock('../lib/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('../lib/api')>()), ...api }));

const HOSTILE = '<img src=x onerror=alert(1)>';

function alert(account_id: string, account_name: string, severity: Alert['severity'], message: Alert['message']): Alert {
  return { account_id, account_name, kind: 'usage_drop', severity, message, since: '2026-10-20', value: null, baseline: null, change: null };
}

function task(id: number, account_id: string, account_name: string, title: string, overdue: boolean): Task {
  return {
    id, account_id, account_name, title, title_text: null, overdue, playbook: null, playbook_label: null, owner: 'Maya Chen', owner_side: 'vendor', priority: 'urgent',
    due_day: '2026-10-28', created_at: '2026-10-01', completed_at: null, escalated_at: null, notify_manager: false,
  };
}

/** A book whose numbers give easy expected strings (see each assertion for the arithmetic). */
function book(over: Partial<Home> = {}): Home {
  return {
    as_of: '2026-10-31',
    before: '2026-09-26',
    currency: 'USD',
    conversion: null,
    paying_accounts: 214,
    arr: { now: 1_240_000, before: 1_190_000 },
    nrr: { now: 1.043, before: 1.021 },
    grr: { now: null, before: 0.93 },
    logo_churn: { now: 0.025, before: 0.021 },
    at_risk_arr: 186_400,
    at_risk_accounts: 7,
    health: [
      { band: 'green', accounts: 150, arr: 900_000 },
      { band: 'yellow', accounts: 50, arr: 240_000 },
      { band: 'red', accounts: 14, arr: 100_000 },
    ],
    alerts: [alert('acc-7', HOSTILE, 'high', {
        key: 'alert-usage-drop',
        args: { drop: { type: 'percent', value: 0.62 }, events: { type: 'int', value: 38 }, day: { type: 'day', value: '2026-10-26' }, before: { type: 'int', value: 100 } },
      }),
      alert('acc-9', 'Globex', 'medium', { key: 'alert-account-silent', args: { days: { type: 'int', value: 21 }, last: { type: 'day', value: '2026-10-06' } } }),
    ],
    alerts_total: 5,
    renewals: [
      { account_id: 'acc-3', name: 'Initech', owner: null, renewal: '2026-11-14', days_left: 14, arr: 48_000, health: 38, band: 'red', at_risk: true },
    ],
    tasks: [task(41, 'acc-9', 'Globex', 'Call the champion', true), task(42, 'acc-3', 'Initech', 'Send the QBR deck', false)],
    tasks_total: 2,
    mrr_chart: '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"></svg>',
    ...over,
  };
}

const EMPTY = book({
  paying_accounts: 0,
  arr: { now: 0, before: 0 },
  health: (['green', 'yellow', 'red'] as const).map((band) => ({ band, accounts: 0, arr: 0 })),
  alerts: [],
  alerts_total: 0,
  renewals: [],
  tasks: [],
  tasks_total: 0,
});

function setup(theme: 'light' | 'dark' = 'light') {
  const onopenaccount = vi.fn();
  const view = render(HomeScreen, { theme, onopenaccount });
  return { ...view, onopenaccount };
}

function kpi(getByRole: ReturnType<typeof setup>['getByRole'], name: string): HTMLElement {
  return getByRole('group', { name });
}

beforeEach(() => {
  api.home.mockReset().mockResolvedValue(book());
  api.completeTask.mockReset().mockResolvedValue(undefined);
  api.loadDemo.mockReset();
});

describe('Home dashboard', () => {
  it('shows loading first, then the header with the as-of day and paying accounts', async () => {
    const { getByRole, findByText } = setup();
    expect(getByRole('status').textContent).toBe('Loading portfolio…');
    expect(await findByText('Data as of Oct 31, 2026 · 214 paying accounts')).toBeTruthy();
    expect(api.home).toHaveBeenCalledWith('light');
  });

  it('formats the KPI tiles', async () => {
    const { getByRole, findByRole } = setup();
    await findByRole('group', { name: 'ARR' });
    const value = (name: string) => kpi(getByRole, name).querySelector('.value')?.textContent;
    expect(value('ARR')).toBe('$1.24M');
    // (1,240,000 - 1,190,000) / 1,190,000 = +4.20 %
    expect(kpi(getByRole, 'ARR').querySelector('.delta')?.textContent).toContain('+4.2%');
    expect(kpi(getByRole, 'ARR').querySelector('.hint')?.textContent).toBe('vs Sep 26, 2026');
    expect(value('NRR')).toBe('104.3%');
    // 104.3 % - 102.1 % = +2.2 points
    expect(kpi(getByRole, 'NRR').querySelector('.delta')?.textContent).toContain('+2.2 pts');
    expect(value('Logo churn')).toBe('2.5%');
    expect(value('ARR at risk')).toBe('$186K');
    expect(kpi(getByRole, 'ARR at risk').querySelector('.hint')?.textContent).toBe('7 accounts');
  });

  it('marks rising churn as bad and a missing value as a dash without delta', async () => {
    const { getByRole, findByRole } = setup();
    const churn = await findByRole('group', { name: 'Logo churn' });
    const delta = churn.querySelector<HTMLElement>('.delta')!;
    expect(delta.textContent).toContain('+0.4 pts');
    expect(delta.dataset.tone).toBe('bad');
    expect(kpi(getByRole, 'ARR').querySelector<HTMLElement>('.delta')!.dataset.tone).toBe('good');
    const grr = kpi(getByRole, 'GRR');
    expect(grr.querySelector('.value')?.textContent).toBe('—');
    expect(grr.querySelector('.delta')).toBeNull();
  });

  it('draws the chart and the health bar (widths through style directives)', async () => {
    const { findByTestId, getByTestId } = setup();
    const chart = await findByTestId('chart-mrr');
    expect(chart.querySelector('img')?.getAttribute('alt')).toBe('MRR movements and NRR/GRR, last 12 months');
    const health = getByTestId('health-bands');
    const widths = [...health.querySelectorAll<HTMLElement>('.seg')].map((el) => el.style.width);
    // Accounts 150/50/14 of 214, then ARR 900K/240K/100K of 1.24M.
    expect(widths.map((w) => Number.parseFloat(w).toFixed(1))).toEqual(['70.1', '23.4', '6.5', '72.6', '19.4', '8.1']);
    expect(health.querySelector('li[data-band="red"]')?.textContent).toContain('14 accounts · $100K ARR');
  });

  it('lists alerts with "N more", and opens accounts from alerts, tasks and renewals', async () => {
    const { findByTestId, getByTestId, onopenaccount } = setup();
    const alerts = await findByTestId('alerts');
    expect(alerts.textContent).toContain('3 more');
    expect(alerts.textContent).toContain('since Oct 20, 2026');
    await fireEvent.click(within(alerts).getByRole('button', { name: 'Globex' }));
    expect(onopenaccount).toHaveBeenLastCalledWith('acc-9');
    await fireEvent.click(within(getByTestId('renewals')).getByRole('button', { name: 'Initech' }));
    expect(onopenaccount).toHaveBeenLastCalledWith('acc-3');
    const tasks = getByTestId('tasks');
    await fireEvent.click(within(tasks).getByRole('button', { name: 'Initech' }));
    expect(onopenaccount).toHaveBeenLastCalledWith('acc-3');
    expect(within(tasks).getAllByText('Overdue')).toHaveLength(1);
    expect(within(getByTestId('renewals')).getByText('At risk')).toBeTruthy();
  });

  it('shows the 15 soonest renewals of a long list, and all of them on request', async () => {
    const renewals = Array.from({ length: 40 }, (_, i) => ({
      account_id: `acc-${i}`, name: `Account ${i}`, owner: null, renewal: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
      days_left: i, arr: 1000, health: 70, band: 'green' as const, at_risk: false,
    }));
    api.home.mockResolvedValue(book({ renewals }));
    const { findByTestId } = setup();
    const card = await findByTestId('renewals');
    expect(card.querySelector('h2')?.textContent).toBe('Renewals in the next 90 days (40)');
    expect(card.querySelectorAll('tbody tr')).toHaveLength(15);
    expect(within(card).getByRole('button', { name: 'Account 14' })).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Account 15' })).toBeNull();
    await fireEvent.click(within(card).getByTestId('renewals-toggle'));
    expect(card.querySelectorAll('tbody tr')).toHaveLength(40);
    expect(within(card).getByTestId('renewals-toggle').textContent?.trim()).toBe('Show the first 15');
  });

  it('renders a hostile account name as literal text', async () => {
    const { findByTestId, container } = setup();
    const alerts = await findByTestId('alerts');
    const button = within(alerts).getByRole('button', { name: HOSTILE });
    expect(button.textContent).toBe(HOSTILE);
    expect(container.querySelector('img[src="x"]')).toBeNull();
  });

  it('says so when there are no alerts', async () => {
    api.home.mockResolvedValue(book({ alerts: [], alerts_total: 0 }));
    const { findByTestId } = setup();
    expect((await findByTestId('alerts')).textContent).toContain('No alerts today');
  });

  it('completes a task with Done, then reloads', async () => {
    const { findByTestId } = setup();
    const tasks = await findByTestId('tasks');
    api.home.mockResolvedValue(book({ tasks: [book().tasks[1]], tasks_total: 1 }));
    await fireEvent.click(within(tasks).getByRole('button', { name: 'Done: Call the champion' }));
    expect(api.completeTask).toHaveBeenCalledWith(41);
    await waitFor(() => expect(within(tasks).queryByText('Call the champion')).toBeNull());
    expect(api.home).toHaveBeenCalledTimes(2);
  });

  it('reloads when the theme changes', async () => {
    const { findByTestId, rerender } = setup('light');
    await findByTestId('alerts');
    await rerender({ theme: 'dark' });
    await waitFor(() => expect(api.home).toHaveBeenLastCalledWith('dark'));
    expect(api.home).toHaveBeenCalledTimes(2);
  });

  it('shows an error with Retry', async () => {
    api.home.mockRejectedValueOnce({ code: 'db', message: 'database is locked' });
    const { findByRole, findByTestId } = setup();
    const failure = await findByRole('alert');
    expect(failure.textContent).toContain('database is locked');
    await fireEvent.click(within(failure).getByRole('button', { name: 'Retry' }));
    expect(await findByTestId('alerts')).toBeTruthy();
  });
});

// The same book in the other languages: words from the catalogues, numbers, money and days in
// the locale's conventions (expected strings written out from CLDR by hand: French groups with
// a narrow no-break space and puts a no-break space before % and the currency; Chinese counts
// money in 万).
describe('Home in Chinese and French', () => {
  afterEach(() => setLang('en'));

  it('speaks Chinese', async () => {
    setLang('zh-CN');
    const { getByRole, findByText, getByTestId } = setup();
    expect(getByRole('status').textContent).toBe('正在加载客户组合…');
    expect(await findByText('数据截至 2026年10月31日 · 214 个付费客户')).toBeTruthy();
    const arr = kpi(getByRole, 'ARR');
    expect(arr.querySelector('.value')?.textContent).toBe('US$124万');
    expect(arr.querySelector('.hint')?.textContent).toBe('对比 2026年9月26日');
    expect(kpi(getByRole, 'NRR').querySelector('.delta')?.textContent).toContain('+2.2 个百分点');
    expect(kpi(getByRole, '风险 ARR').querySelector('.hint')?.textContent).toBe('7 个客户');
    expect(kpi(getByRole, '客户流失率').querySelector('.value')?.textContent).toBe('2.5%');
    expect(getByTestId('health-bands').querySelector('li[data-band="red"]')?.textContent).toContain('不健康 14 个客户 · ARR US$10万');
    const alerts = getByTestId('alerts');
    expect(alerts.querySelector('h2')?.textContent).toBe('今日需关注');
    expect(alerts.textContent).toContain('自 2026年10月20日 起');
    expect(alerts.textContent).toContain('另有 3 条');
    expect(within(alerts).getAllByText('高')).toHaveLength(1);
    const renewals = getByTestId('renewals');
    expect(renewals.querySelector('h2')?.textContent).toBe('未来 90 天内的续约（1）');
    expect([...renewals.querySelectorAll('td')].map((td) => td.textContent?.trim())).toEqual([
      'Initech', '2026年11月14日', '14 天', 'US$4.8万', '38 不健康', '有风险',
    ]);
    expect(within(getByTestId('tasks')).getAllByRole('button', { name: /^完成：/ })).toHaveLength(2);
  });

  it('speaks French', async () => {
    setLang('fr');
    api.home.mockResolvedValue(book({ currency: 'EUR' }));
    const { getByRole, findByText, getByTestId } = setup();
    expect(await findByText('Données au 31 oct. 2026 · 214 comptes payants')).toBeTruthy();
    const arr = kpi(getByRole, 'ARR');
    expect(arr.querySelector('.value')?.textContent).toBe('1,24\u00a0M\u00a0€');
    expect(arr.querySelector('.delta')?.textContent).toContain('+4,2\u00a0%');
    expect(arr.querySelector('.hint')?.textContent).toBe('par rapport au 26 sept. 2026');
    const nrr = kpi(getByRole, 'NRR');
    expect(nrr.querySelector('.value')?.textContent).toBe('104,3\u00a0%');
    expect(nrr.querySelector('.delta')?.textContent).toContain('+2,2\u00a0pts');
    expect(kpi(getByRole, 'Taux d’attrition client').querySelector('.delta')?.textContent).toContain('+0,4\u00a0pts');
    expect(kpi(getByRole, 'ARR à risque').querySelector('.value')?.textContent).toBe('186\u00a0k\u00a0€');
    expect(getByTestId('health-bands').querySelector('li[data-band="yellow"]')?.textContent).toContain('À surveiller 50 comptes · 240\u00a0k\u00a0€ d’ARR');
    const alerts = getByTestId('alerts');
    expect(alerts.textContent).toContain('depuis le 20 oct. 2026');
    expect(alerts.textContent).toContain('3 autres');
    const renewals = getByTestId('renewals');
    expect([...renewals.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Compte', 'Renouvellement', 'Jours restants', 'ARR', 'Santé', 'Risque',
    ]);
    expect(within(renewals).getByText('14 jours')).toBeTruthy();
    expect(within(renewals).getByText('À risque')).toBeTruthy();
    expect(getByTestId('tasks').textContent).toContain('échéance le 28 oct. 2026');
    expect(within(getByTestId('tasks')).getAllByText('Urgente')).toHaveLength(2);
  });
});

describe('Home on an empty workspace', () => {
  it('offers the demo book, shows its progress, then the dashboard', async () => {
    api.home.mockResolvedValueOnce(EMPTY);
    let finish: (count: number) => void = () => {};
    let report: (step: DemoStep) => void = () => {};
    api.loadDemo.mockImplementation((_: number, onstep: (step: DemoStep) => void) => {
      report = onstep;
      return new Promise<number>((resolve) => (finish = resolve));
    });
    const { findByTestId, getByRole, findByRole, queryByTestId } = setup();
    const empty = await findByTestId('empty-home');
    expect(empty.textContent).toContain('Your workspace is empty');
    expect(queryByTestId('alerts')).toBeNull();

    await fireEvent.click(within(empty).getByTestId('load-demo'));
    expect(api.loadDemo).toHaveBeenCalledWith(300, expect.any(Function));
    report({ step: 2, of: 4, label: { key: 'demo-step-importing', args: { kind: { type: 'term', value: 'import-kind-subscriptions' } } } });
    await waitFor(() => expect(getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50'));
    expect(empty.textContent).toContain('Importing: Subscriptions');
    expect(queryByTestId('load-demo')).toBeNull();

    finish(300);
    expect(await findByRole('group', { name: 'ARR' })).toBeTruthy();
    expect(api.home).toHaveBeenCalledTimes(2);
  });

  it('shows a failed demo load inline', async () => {
    api.home.mockResolvedValue(EMPTY);
    api.loadDemo.mockRejectedValue({ code: 'not_empty', message: 'the workspace already has accounts' });
    const { findByTestId, findByRole } = setup();
    await fireEvent.click(within(await findByTestId('empty-home')).getByTestId('load-demo'));
    expect((await findByRole('alert')).textContent).toContain('the workspace already has accounts');
    expect(await findByTestId('load-demo')).toBeTruthy();
  });
});

describe('Home under the CSP', () => {
  it('has no style attribute, {@html} or spread', () => {
    expect(source).not.toMatch(/\sstyle=|\{@html|\{\.\.\./);
    const code = compile(source, { filename: 'Home.svelte', generate: 'client' }).js.code;
    expect(code).toMatch(/\$\.set_style\(/);
    expect(code).not.toMatch(/setAttribute\(\s*['"]style['"]|\$\.attribute_effect\(/);
  });
});

// The pure helpers of home.ts. They live in this file because a separate home.test.ts would
// differ from Home.test.ts only in case (one file on macOS/Windows, a TypeScript warning).
describe('home.ts helpers', () => {
  it('formats days as every screen does, in any time zone, passing unreadable text through', () => {
    expect(formatDate('2026-10-31')).toBe('Oct 31, 2026');
    expect(formatDate('2026-01-01')).toBe('Jan 1, 2026');
    expect(formatDate('2026-09-26T23:30:00Z')).toBe('Sep 26, 2026');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate(null)).toBe('—');
  });

  it('compacts money in the book currency, else as a plain number', () => {
    expect(h.formatMoney(186_400, 'EUR')).toBe('€186K');
    expect(h.formatMoney(950, 'USD')).toBe('$950');
    expect(h.formatMoney(48_200, 'USD', true)).toBe('+$48.2K');
    expect(h.formatMoney(-48_200, 'USD', true)).toBe('-$48.2K');
    expect(h.formatMoney(1_240_000, null)).toBe('1.24M');
    expect(h.formatMoney(1_240_000, 'not a code')).toBe('1.24M not a code');
    expect(h.formatMoney(Number.NaN, 'USD')).toBe('—');
    expect(h.formatPercent(0)).toBe('0.0%');
    expect(h.formatPercent(null)).toBe('—');
  });

  it('words changes: points for rates, percent or money for money, flat when it rounds to zero', () => {
    expect(h.trendChange({ now: 0.915, before: 0.93 }, 'rate')).toEqual({ delta: '-1.5 pts', direction: 'down' });
    expect(h.trendChange({ now: 0.02501, before: 0.025 }, 'rate')).toEqual({ delta: '0.0 pts', direction: 'flat' });
    expect(h.trendChange({ now: 50_000, before: 0 }, 'money', 'USD')).toEqual({ delta: '+$50K', direction: 'up' });
    expect(h.trendChange({ now: 0.02, before: null }, 'rate')).toBeNull();
  });

  it('splits the bar by share (nothing when the book is empty) and words small counts', () => {
    const health = book().health.map((b, i) => ({ ...b, accounts: [6, 3, 1][i], arr: [300, 100, 0][i] }));
    expect(h.bandShares(health, 'accounts').map((s) => s.share)).toEqual([60, 30, 10]);
    expect(h.bandShares(health, 'arr').map((s) => s.share)).toEqual([75, 25, 0]);
    expect(h.bandShares(EMPTY.health, 'arr').map((s) => s.share)).toEqual([0, 0, 0]);
    expect([h.daysLeft(0), h.daysLeft(1), h.daysLeft(45)]).toEqual(['today', '1 day', '45 days']);
    expect([h.moreText(15, 12), h.moreText(12, 12)]).toEqual(['3 more', '']);
    expect(['urgent', 'high', 'normal', 'odd'].map(h.priorityTone)).toEqual(['bad', 'caution', 'neutral', 'neutral']);
  });

  it('calls a workspace empty only with no paying account, alert or task', () => {
    expect(h.isEmptyHome(EMPTY)).toBe(true);
    expect(h.isEmptyHome({ ...EMPTY, paying_accounts: 1 })).toBe(false);
    expect(h.isEmptyHome({ ...EMPTY, alerts_total: 2 })).toBe(false);
    expect(h.isEmptyHome({ ...EMPTY, tasks_total: 1 })).toBe(false);
  });
});
