import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import {
  DASH, errorCopy, formatBytes, formatCount, formatDate, formatInt, formatMoney, formatMoneyCompact, formatPercent,
  formatPercentSigned, formatRelativeDays, statusLabel, statusTiles,
} from './format';
import { setLang } from './i18n.svelte';
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
    expect(tiles[0]).toEqual({ key: 'accounts', label: 'accounts', value: '20', text: '20 accounts' });
    expect(tiles.find((t) => t.key === 'events')?.value).toBe('1,234,567');
    expect(tiles.find((t) => t.key === 'nps_responses')?.label).toBe('NPS responses');
    expect(statusTiles({ ...status, owners: 1 }).find((t) => t.key === 'owners')?.text).toBe('1 owner');
  });

  it('words the counts in Chinese and French', () => {
    try {
      setLang('zh-CN');
      expect(statusTiles(status)[0]).toEqual({ key: 'accounts', label: '客户', value: '20', text: '20 个客户' });
      expect(statusLabel('nps_responses')).toBe('NPS 回复');
      setLang('fr');
      const events = statusTiles(status).find((t) => t.key === 'events');
      expect(events).toEqual({ key: 'events', label: 'événements', value: '1\u202f234\u202f567', text: '1\u202f234\u202f567 événements' });
      expect(statusTiles({ ...status, tickets: 1 }).find((t) => t.key === 'tickets')?.text).toBe('1 ticket');
    } finally {
      setLang('en');
    }
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

  it('speaks the current language', () => {
    try {
      setLang('fr');
      expect(errorCopy('wrong_key')).toEqual({
        title: 'Impossible de déverrouiller cet espace de travail',
        hint: 'La clé ne correspond pas. Vérifiez WAYPOINT_PASSPHRASE ou la clé enregistrée dans le trousseau du système.',
      });
      setLang('zh-CN');
      expect(errorCopy('io').title).toBe('无法读取工作区');
    } finally {
      setLang('en');
    }
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

describe('formats added for the screens', () => {
  afterEach(() => setLang('en'));

  it('writes days, passing text that is no day through', () => {
    expect(formatDate('2026-10-31')).toBe('Oct 31, 2026');
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('')).toBe(DASH);
    setLang('zh-CN');
    expect(formatDate('2026-10-31')).toBe('2026年10月31日');
    setLang('fr');
    expect(formatDate('2026-10-31')).toBe('31 oct. 2026');
  });

  it('counts days relative to the book in words', () => {
    expect([45, 1, 0, -3].map(formatRelativeDays)).toEqual(['in 45 days', 'in 1 day', 'today', '3 days ago']);
    expect(formatRelativeDays(null)).toBe('');
    setLang('zh-CN');
    expect([45, 0, -3].map(formatRelativeDays)).toEqual(['45天后', '今天', '3天前']);
    setLang('fr');
    expect([45, 0, -3].map(formatRelativeDays)).toEqual(['dans 45 jours', 'aujourd’hui', 'il y a 3 jours']);
  });

  it('compacts money to three significant digits, signed on request', () => {
    expect(formatMoneyCompact(1_240_000, 'USD')).toBe('$1.24M');
    expect(formatMoneyCompact(48_200, 'USD', true)).toBe('+$48.2K');
    expect(formatMoneyCompact(1_240_000, 'XYZW')).toBe('1.24M XYZW');
    setLang('fr');
    expect(formatMoneyCompact(186_400, 'EUR')).toBe('186\u00a0k\u00a0€');
    setLang('zh-CN');
    expect(formatMoneyCompact(1_240_000, 'CNY')).toBe('¥124万');
  });

  it('writes file sizes in the units of the language', () => {
    setLang('fr');
    expect([512, 1536, 47_400, 3_100_000].map(formatBytes)).toEqual(['512\u00a0o', '1,5\u00a0ko', '47\u00a0ko', '3,1\u00a0Mo']);
    setLang('zh-CN');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });

  it('signs percent changes', () => {
    expect(formatPercentSigned(0.042)).toBe('+4.2%');
    expect(formatPercentSigned(-0.015)).toBe('-1.5%');
    setLang('fr');
    expect(formatPercentSigned(0.042)).toBe('+4,2\u00a0%');
  });
});
