import { describe, expect, it } from 'vitest';
import { DASH, errorCopy, formatBytes, formatCount, formatInt, formatMoney, formatPercent, STATUS_LABELS, statusTiles } from './format';
import type { Status } from './bindings/Status';

const status: Status = {
  accounts: 20,
  owners: 4,
  subscriptions: 31,
  contacts: 118,
  modules: 6,
  users: 1450,
  tickets: 0,
  nps_responses: 77,
  milestones: 64,
  events: 1234567,
  usage_days: 12000,
};

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('shows a dash for values that cannot be counts', () => {
    expect(formatCount(-1)).toBe('–');
    expect(formatCount(Number.NaN)).toBe('–');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('–');
  });
});

describe('statusTiles', () => {
  it('has one tile per Status field, labelled and formatted', () => {
    const tiles = statusTiles(status);
    expect(tiles.map((t) => t.key).sort()).toEqual(Object.keys(status).sort());
    expect(tiles[0]).toEqual({ key: 'accounts', label: 'accounts', value: '20' });
    expect(tiles.find((t) => t.key === 'events')?.value).toBe('1,234,567');
    expect(tiles.find((t) => t.key === 'nps_responses')?.label).toBe(STATUS_LABELS.nps_responses);
  });
});

describe('errorCopy', () => {
  it('has distinct wording for each known code', () => {
    const codes = [
      'wrong_key',
      'no_key_source',
      'not_a_workspace',
      'workspace_not_found',
      'no_key_in_keyring',
      'keyring',
      'migrate',
      'io',
      'db',
      'ipc',
    ];
    const titles = new Set(codes.map((c) => errorCopy(c).title));
    expect(titles.size).toBe(codes.length);
  });

  it('falls back for a code it does not know', () => {
    expect(errorCopy('something_new').title).toBe('Something went wrong');
  });
});

describe('shared number formats', () => {
  it('writes file sizes in decimal units with at most one decimal below 10', () => {
    expect([0, 999, 1000, 1536, 47_400, 845_000, 999_949, 1_200_000, 3_000_000, 2_500_000_000, 7e12].map(formatBytes)).toEqual([
      '0 B', '999 B', '1 KB', '1.5 KB', '47 KB', '845 KB', '1 MB', '1.2 MB', '3 MB', '2.5 GB', '7 TB',
    ]);
  });

  it('shows a dash for a figure that is not known', () => {
    for (const x of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect([formatInt(x), formatPercent(x), formatMoney(x, 'EUR')]).toEqual([DASH, DASH, DASH]);
    }
  });

  it('rounds counts, percents and money to whole units', () => {
    expect(formatInt(1234.6)).toBe('1,235');
    expect(formatPercent(0.456)).toBe('46%');
    expect(formatMoney(1_234_567.4, 'USD')).toBe('$1,234,567');
    expect(formatMoney(1200, null)).toBe('1,200');
    expect(formatMoney(1200, 'NOT A CODE')).toBe('1,200 NOT A CODE');
  });
});
