// The accounts table rendered in English and French: headers and filters from the catalogue,
// money, percents, stages and days through lib/format.ts (accounts.test.ts covers the filters'
// rules). French expectations written out by hand: narrow no-break space (U+202F) to group
// thousands, no-break space (U+00A0) before "%" and "€".
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import type { AccountList, AccountRow } from '../lib/api';
import { setLang } from '../lib/i18n.svelte';

const api = vi.hoisted(() => ({ accounts: vi.fn() }));
vi.mock('../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const { default: Accounts } = await import('./Accounts.svelte');

function row(id: string, over: Partial<AccountRow>): AccountRow {
  return {
    account_id: id, name: id, owner: null, industry: null, region: null, health: 70, band: 'green', health_change: null,
    arr: 1000, stage: 'adoption', breadth: 0.5, usage_change: null, monthly_active_users: 3, renewal: null, alerts: 0,
    at_risk: false, needs_segment: null, value_tier: null, ...over,
  };
}

const LIST: AccountList = {
  as_of: '2026-10-31',
  currency: 'EUR',
  conversion: null,
  segment_labels: {},
  version: 7,
  rows: [
    row('Acme', { arr: 48_250, breadth: 0.25, usage_change: -0.12, renewal: '2026-11-15', stage: 'at_risk', health: 38, band: 'red', health_change: -4, at_risk: true }),
    row('Globex', { arr: 1_234_567, usage_change: 0.3 }),
    row('Initech', { health: null, band: 'no_data', breadth: null, monthly_active_users: 0 }),
  ],
};

/** The cells of the row of `name`, as text (no-break spaces kept). */
function cells(name: string): string[] {
  const grid = screen.getByRole('grid');
  const rowEl = within(grid).getByText(name).closest('[role="row"]')!;
  return [...rowEl.querySelectorAll('[role="gridcell"]')].map((c) => c.textContent?.replace(/[ \t\n]+/g, ' ').trim() ?? '');
}

beforeEach(() => api.accounts.mockReset().mockResolvedValue(LIST));
afterEach(() => setLang('en'));

describe('Accounts', () => {
  it('writes the table in English', async () => {
    render(Accounts, { onopenaccount: () => {} });
    expect((await screen.findByTestId('accounts-count')).textContent).toBe('3 of 3 accounts · data as of Oct 31, 2026');
    expect(cells('Acme')).toEqual(['Acme', '38 -4 at risk', '€48,250', 'At risk', '25%', '-12%', 'Nov 15, 2026', '', '']);
    expect(cells('Globex')[2]).toBe('€1,234,567');
    expect(cells('Globex')[5]).toBe('+30%');
    // No usage on record: no number, the grey "not enough data" band instead.
    expect(cells('Initech')[1]).toBe('Not enough data');
  });

  it('writes the table in French', async () => {
    setLang('fr');
    render(Accounts, { onopenaccount: () => {} });
    expect((await screen.findByTestId('accounts-count')).textContent).toBe('3 sur 3 comptes · données au 31 oct. 2026');
    const headers = screen.getAllByRole('columnheader').map((h) => h.querySelector('.text')?.textContent);
    expect(headers.slice(0, 4)).toEqual(['Compte', 'Santé', 'ARR', 'Étape']);
    expect(cells('Acme')).toEqual([
      'Acme', '38 -4 à risque', '48\u202f250\u00a0€', 'À risque', '25\u00a0%', '-12\u00a0%', '15 nov. 2026', '', '',
    ]);
    expect(cells('Globex')[2]).toBe('1\u202f234\u202f567\u00a0€');
    const band = screen.getByTestId('filter-band');
    expect([...band.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Tous les niveaux de santé', 'Sain', 'À surveiller', 'En difficulté', 'Données insuffisantes']);
    expect([...screen.getByTestId('filter-renewal').querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Toute date de renouvellement', 'Renouvellement sous 30 jours', 'Renouvellement sous 90 jours',
    ]);
    expect(screen.getByRole('searchbox', { name: 'Rechercher des comptes' })).toBeTruthy();
  });
});

describe('Accounts kept between visits', () => {
  const count = () => screen.getByTestId('accounts-count').textContent;

  it('asks on each visit with the version it has, and keeps its rows until the list changed', async () => {
    const onopenaccount = () => {};
    const view = render(Accounts, { props: { onopenaccount, active: true } });
    expect((await screen.findByTestId('accounts-count')).textContent).toBe('3 of 3 accounts · data as of Oct 31, 2026');
    expect(api.accounts).toHaveBeenLastCalledWith(null);

    // Hidden, then shown again with nothing changed: asked, and the same rows stay.
    api.accounts.mockResolvedValue(null);
    await view.rerender({ onopenaccount, active: false });
    expect(api.accounts).toHaveBeenCalledTimes(1);
    await view.rerender({ onopenaccount, active: true });
    await vi.waitFor(() => expect(api.accounts).toHaveBeenCalledTimes(2));
    expect(api.accounts).toHaveBeenLastCalledWith(7);
    expect(count()).toBe('3 of 3 accounts · data as of Oct 31, 2026');

    // The data changed meanwhile: the new list replaces it.
    api.accounts.mockResolvedValue({ ...LIST, version: 8, rows: LIST.rows.slice(0, 2) });
    await view.rerender({ onopenaccount, active: false });
    await view.rerender({ onopenaccount, active: true });
    await vi.waitFor(() => expect(count()).toBe('2 of 2 accounts · data as of Oct 31, 2026'));
    expect(api.accounts).toHaveBeenLastCalledWith(7);
  });

  it('keeps the answer to the latest visit when an earlier one answers after it', async () => {
    const onopenaccount = () => {};
    let answerFirst: (l: AccountList) => void = () => {};
    api.accounts.mockReturnValueOnce(new Promise<AccountList>((r) => (answerFirst = r)));
    const view = render(Accounts, { props: { onopenaccount, active: true } });
    await view.rerender({ onopenaccount, active: false });
    api.accounts.mockResolvedValueOnce({ ...LIST, version: 8, rows: LIST.rows.slice(0, 2) });
    await view.rerender({ onopenaccount, active: true });
    await vi.waitFor(() => expect(count()).toBe('2 of 2 accounts · data as of Oct 31, 2026'));
    expect(screen.getByTestId('accounts').dataset.state).toBe('current');
    answerFirst(LIST);
    await new Promise((r) => setTimeout(r, 0));
    expect(count()).toBe('2 of 2 accounts · data as of Oct 31, 2026');
  });
});
