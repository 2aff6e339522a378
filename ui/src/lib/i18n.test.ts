import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatMonth, formatPercent } from './format';
import type { Text } from './bindings/Text';
import { has, initialLang, lang, LANGS, matchLang, renderText, setLang, t } from './i18n.svelte';

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
  // Read through Vite rather than node:fs: the UI's type check has no Node types, and the
  // glob sees exactly the sources the bundle is built from.
  const sources = import.meta.glob(['../**/*.svelte', '../**/*.ts', '!../**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;
  const keys = new Set<string>();
  for (const text of Object.values(sources)) {
    for (const m of text.matchAll(/\b(?:t|textOf)\(\s*'([a-z0-9-]+(?:\.[a-z0-9-]+)?)'/g)) keys.add(m[1]);
  }

  it('finds the keys of components and modules alike', () => {
    expect(keys.has('ui-nav-home')).toBe(true); // App.svelte
    expect(keys.has('ui-error-wrong-key.hint')).toBe(true); // lib/format.ts
    expect(keys.has('ui-account-phase-30')).toBe(true); // screens/account/account.ts
  });

  for (const l of LANGS) {
    it(`${l} has every key the code uses`, () => {
      const missingKeys = [...keys].filter((k) => !has(k, l));
      expect(missingKeys).toEqual([]);
    });
  }
});

/** The UI writes an engine sentence word for word as the engine does (crates/metrics'
 *  alerts_tests.rs asserts the same three strings for the same Text). */
describe('renderText', () => {
  const drop: Text = {
    key: 'alert-usage-drop',
    args: {
      drop: { type: 'percent', value: 0.5 },
      events: { type: 'int', value: 50 },
      day: { type: 'day', value: '2026-09-15' },
      before: { type: 'int', value: 100 },
    },
  };

  it('matches the engine in every language', () => {
    expect(renderText(drop, 'en')).toBe('Activity down 50% week over week: 50 events in the 7 days to Sep 15, 2026 vs 100 the week before');
    expect(renderText(drop, 'fr')).toBe(
      'Activité en baisse de 50\u00a0% d’une semaine à l’autre\u202f: 50 événements sur les 7 jours jusqu’au 15 sept. 2026, contre 100 la semaine précédente',
    );
    expect(renderText(drop, 'zh-CN')).toBe('活跃度周环比下降 50%：截至 2026年9月15日 的 7 天内有 50 次事件，前一周为 100 次');
  });

  it('translates terms and joins lists per language', () => {
    const unused: Text = {
      key: 'alert-unused-modules',
      args: {
        unused: { type: 'int', value: 2 },
        licensed: { type: 'int', value: 3 },
        modules: { type: 'list', value: ['analysis', 'visualization'] },
        onboarded: { type: 'day', value: '2026-03-02' },
      },
    };
    expect(renderText(unused, 'en')).toBe(
      '2 of 3 licensed modules unused in the last 28 days: analysis and visualization (onboarding window ended Mar 2, 2026)',
    );
    const role: Text = { key: 'count-accounts', args: { count: { type: 'int', value: 1 } } };
    expect(renderText(role, 'fr')).toBe('1 compte');
  });
});
