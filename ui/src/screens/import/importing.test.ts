import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../lib/i18n.svelte';
import type { ImportColumn, ImportPreview } from './import_api';
import {
  baseName, countsSentence, inSentence, differingColumns, progressDetail, progressValue, rowsText,
  repeatedHeaders, requestMapping, resultSentence, suggestedMapping, unmappedRequired,
} from './importing';

const COLUMNS: ImportColumn[] = [
  { name: 'contact_id', required: true, meaning: { key: 'import-column-contacts-contact-id', args: {} } },
  { name: 'account_id', required: true, meaning: { key: 'import-column-contacts-account-id', args: {} } },
  { name: 'email', required: false, meaning: { key: 'import-column-contacts-email', args: {} } },
];

function preview(mapping: ImportPreview['mapping']): ImportPreview {
  return {
    path: '/d/c.csv', file_name: 'c.csv', size_bytes: 10, format: 'csv', kind: 'contacts', detected: 'contacts', headers: [],
    rows: [], more_rows: false, columns: COLUMNS, mapping, missing: [], needs_mapping: true, mappable: true,
  };
}

describe('the header mapping', () => {
  it('starts from the suggestion and knows what is still missing or repeated', () => {
    const m = suggestedMapping(preview([
      { column: 'contact_id', header: 'Contact ID' },
      { column: 'account_id', header: null },
      { column: 'email', header: 'email' },
    ]));
    expect(m).toEqual({ contact_id: 'Contact ID', account_id: null, email: 'email' });
    expect(unmappedRequired(COLUMNS, m)).toEqual(['account_id']);
    expect(differingColumns(COLUMNS, m)).toEqual(['contact_id', 'account_id']);
    const twice = { ...m, account_id: 'Contact ID' };
    expect(unmappedRequired(COLUMNS, twice)).toEqual([]);
    expect(repeatedHeaders(twice)).toEqual(['Contact ID']);
    expect(repeatedHeaders(m)).toEqual([]);
  });

  it('sends every column of the kind, unmapped ones as null', () => {
    expect(requestMapping(COLUMNS, { contact_id: 'Id' })).toEqual([
      { column: 'contact_id', header: 'Id' },
      { column: 'account_id', header: null },
      { column: 'email', header: null },
    ]);
  });
});

describe('progress and results in words', () => {
  it('gives the bar a fraction only once the size is known', () => {
    expect(progressValue(null)).toBeNull();
    expect(progressValue({ bytes_read: 0, bytes_total: 0, rows: 0 })).toBeNull();
    expect(progressValue({ bytes_read: 250, bytes_total: 1000, rows: 3 })).toBe(0.25);
    expect(progressValue({ bytes_read: 1200, bytes_total: 1000, rows: 3 })).toBe(1);
  });

  it('says rows and bytes, then that the rest is being saved', () => {
    expect(progressDetail(null)).toBe('Starting…');
    expect(progressDetail({ bytes_read: 3_400_000, bytes_total: 10_000_000, rows: 1200 })).toBe('1,200 rows read · 3.4 MB of 10 MB');
    expect(progressDetail({ bytes_read: 999, bytes_total: 999, rows: 1 })).toBe('1 row read · saving…');
  });


  it('words counts, mentioning skips only when there are some', () => {
    const c = { rows: 6, inserted: 2, updated: 1, unchanged: 3, skipped: 0, notes: [] };
    expect(countsSentence(c)).toBe('2 new, 1 updated, 3 unchanged');
    expect(countsSentence({ ...c, skipped: 1200 })).toBe('2 new, 1 updated, 3 unchanged, 1,200 skipped');
    expect([rowsText(1), rowsText(0), rowsText(1200)]).toEqual(['1 row', '0 rows', '1,200 rows']);
    expect(resultSentence(c, false)).toBe('6 rows read: 2 new, 1 updated, 3 unchanged.');
    expect(resultSentence(c, true)).toBe('6 rows read: importing it would give 2 new, 1 updated, 3 unchanged. Nothing was imported yet.');
  });

  it('puts kind labels into sentences, keeping acronyms', () => {
    expect(['Usage events', 'NPS responses', 'Contacts'].map(inSentence)).toEqual(['usage events', 'NPS responses', 'contacts']);
  });

  it('names files by their last part on any OS', () => {
    expect([baseName('/Users/me/a.csv'), baseName('C:\\data\\b.jsonl'), baseName('c.csv')]).toEqual(['a.csv', 'b.jsonl', 'c.csv']);
  });
});


describe('in French and Chinese', () => {
  afterEach(() => setLang('en'));
  const c = { rows: 1, inserted: 1, updated: 2, unchanged: 0, skipped: 1200, notes: [] };

  it('agrees the French counts with “ligne” and groups thousands with a narrow space', () => {
    setLang('fr');
    expect(countsSentence(c)).toBe('1 nouvelle, 2 mises à jour, 0 inchangée, 1\u202f200 ignorées');
    expect(resultSentence({ ...c, skipped: 0 }, false)).toBe('1 ligne lue\u202f: 1 nouvelle, 2 mises à jour, 0 inchangée.');
    expect(rowsText(1200)).toBe('1\u202f200 lignes');
    expect(progressDetail(null)).toBe('Démarrage…');
  });

  it('says the counts in Chinese', () => {
    setLang('zh-CN');
    expect(resultSentence({ ...c, skipped: 0, rows: 3 }, true)).toBe('已读取 3 行：导入后将新增 1 行，更新 2 行，未变 0 行。尚未导入任何内容。');
    expect(progressDetail({ bytes_read: 999, bytes_total: 999, rows: 1200 })).toBe('已读取 1,200 行 · 正在保存…');
  });
});
