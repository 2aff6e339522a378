import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatMonth, formatPercent } from './format';
import { has, initialLang, lang, LANGS, matchLang, setLang, t } from './i18n.svelte';

describe('languages', () => {
  it('matches OS tags to the nearest supported language', () => {
    expect(matchLang('fr-CA')).toBe('fr');
    expect(matchLang('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLang('zh_CN')).toBe('zh-CN');
    expect(matchLang('zh-TW')).toBeNull();
    expect(matchLang('de')).toBeNull();
  });

  it('prefers the stored choice, then the OS languages, then English', () => {
    const storage = (value: string | null) => ({ getItem: () => value });
    expect(initialLang(storage('fr'), ['zh-CN'])).toBe('fr');
    expect(initialLang(storage(null), ['de-DE', 'zh-CN'])).toBe('zh-CN');
    expect(initialLang(storage('tlh'), ['de-DE'])).toBe('en');
  });

  it('writes plurals and numbers per language', () => {
    expect(t('count-accounts', { count: 1 }, 'en')).toBe('1 account');
    expect(t('count-accounts', { count: 1234 }, 'en')).toBe('1,234 accounts');
    expect(t('count-accounts', { count: 1234 }, 'fr')).toBe('1\u202f234 comptes');
    expect(t('count-accounts', { count: 1234 }, 'zh-CN')).toBe('1,234 个客户');
  });

  it('formats dates and money in the current language', () => {
    const before = lang();
    try {
      setLang('zh-CN');
      expect(formatDate('2026-09-30')).toBe('2026年9月30日');
      expect(formatMonth('2026-09')).toBe('2026年9月');
      setLang('fr');
      expect(formatDate('2026-09-30')).toBe('30 sept. 2026');
      expect(formatMoney(1234, 'EUR')).toBe('1\u202f234\u00a0€');
      expect(formatPercent(0.5)).toBe('50\u00a0%');
      setLang('en');
      expect(formatDate('2026-09-30')).toBe('Sep 30, 2026');
      expect(formatMoney(1234, 'USD')).toBe('$1,234');
    } finally {
      setLang(before);
    }
  });
});

/** Every message key the UI's code names in t('…') exists in every catalogue: a typo or a
 *  key added in code but not in the .ftl files fails here, not on a user's screen. */
describe('catalogue keys used by the UI', () => {
  const root = join(__dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(svelte|ts)$/.test(name) && !/\.test\.ts$/.test(name)) files.push(path);
    }
  };
  walk(root);
  const keys = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9-]+(?:\.[a-z0-9-]+)?)'/g)) keys.add(m[1]);
  }

  it('finds the keys', () => {
    expect(keys.size).toBeGreaterThan(0);
  });

  for (const l of LANGS) {
    it(`${l} has every key the code uses`, () => {
      const missingKeys = [...keys].filter((k) => !has(k, l));
      expect(missingKeys).toEqual([]);
    });
  }
});
