import { describe, expect, it } from 'vitest';
import { errorCopy, formatCount, STATUS_LABELS, statusTiles } from './format';
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
