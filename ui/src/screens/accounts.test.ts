// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { AccountRow } from '../lib/api';
import { applyFilters, daysBetween, deleteView, loadViews, NO_FILTERS, owners, saveView } from './accounts';

function row(id: string, over: Partial<AccountRow>): AccountRow {
  return {
    account_id: id, name: id, owner: null, industry: null, region: null, health: 70, band: 'green', health_change: null,
    arr: 1000, stage: 'adoption', breadth: 0.5, usage_change: null, monthly_active_users: 3, renewal: null, alerts: 0,
    at_risk: false, needs_segment: null, value_tier: null, ...over,
  };
}

const rows = [
  row('A', { owner: 'Ana', band: 'red', at_risk: true, renewal: '2026-11-15' }),
  row('B', { owner: 'Ben', band: 'green', renewal: '2027-06-01' }),
  row('C', { owner: null, band: 'red', renewal: '2026-10-01' }),
  row('D', { owner: 'Ana', band: 'yellow', renewal: '2027-01-29' }),
];
const ids = (r: AccountRow[]) => r.map((x) => x.account_id);

describe('applyFilters', () => {
  it('keeps rows matching every filter', () => {
    expect(ids(applyFilters(rows, { ...NO_FILTERS, band: 'red' }, '2026-10-31'))).toEqual(['A', 'C']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, owner: 'Ana' }, '2026-10-31'))).toEqual(['A', 'D']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, owner: '' }, '2026-10-31'))).toEqual(['C']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, band: 'red', atRiskOnly: true }, '2026-10-31'))).toEqual(['A']);
  });

  it('counts renewal windows in whole days and ignores past renewals', () => {
    // 2026-10-31 -> 2026-11-15 is 15 days; -> 2027-01-29 is 90 days; 2026-10-01 is past.
    expect(daysBetween('2026-10-31', '2027-01-29')).toBe(90);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, renewalWithin: 90 }, '2026-10-31'))).toEqual(['A', 'D']);
    expect(ids(applyFilters(rows, { ...NO_FILTERS, renewalWithin: 14 }, '2026-10-31'))).toEqual([]);
  });

  it('lists owners once, unowned as an empty name', () => {
    expect(owners(rows)).toEqual(['', 'Ana', 'Ben']);
  });
});

describe('saved views', () => {
  beforeEach(() => localStorage.clear());

  it('saves, replaces by name, sorts and deletes', () => {
    saveView({ name: 'Red', filters: { ...NO_FILTERS, band: 'red' }, sort: null });
    saveView({ name: 'At risk', filters: { ...NO_FILTERS, atRiskOnly: true }, sort: { key: 'arr', dir: 'desc' } });
    const replaced = saveView({ name: 'Red', filters: { ...NO_FILTERS, band: 'red', owner: 'Ana' }, sort: null });
    expect(replaced.map((v) => v.name)).toEqual(['At risk', 'Red']);
    expect(loadViews()[1].filters.owner).toBe('Ana');
    expect(deleteView('At risk').map((v) => v.name)).toEqual(['Red']);
  });

  it('survives garbage in storage', () => {
    localStorage.setItem('waypoint.accounts.views', '{not json');
    expect(loadViews()).toEqual([]);
  });
});
