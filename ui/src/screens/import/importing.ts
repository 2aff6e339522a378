// Pure helpers for the import screen (Import.svelte): the header mapping, the progress text,
// the result sentence and the parts of an error. No I/O here, so all of it is tested without
// mounting the component.
import type { ColumnMatch, ImportColumn, ImportCounts, ImportPreview, ImportProgress } from './import_api';
import { formatBytes, formatInt } from '../../lib/format';
import { t } from '../../lib/i18n.svelte';

/** Canonical column -> the file's header chosen for it (null: not in the file). */
export type Mapping = Record<string, string | null>;

/** The mapping the preview suggests, as the screen edits it. */
export function suggestedMapping(preview: ImportPreview): Mapping {
  const out: Mapping = {};
  for (const m of preview.mapping) out[m.column] = m.header;
  return out;
}

/** Required columns that no header is chosen for yet: the import cannot run. */
export function unmappedRequired(columns: readonly ImportColumn[], mapping: Mapping): string[] {
  return columns.filter((c) => c.required && !mapping[c.name]).map((c) => c.name);
}

/** Headers chosen for more than one column, in the file's order. */
export function repeatedHeaders(mapping: Mapping): string[] {
  const seen = new Map<string, number>();
  for (const header of Object.values(mapping)) if (header) seen.set(header, (seen.get(header) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([h]) => h);
}

/** The request's mapping: every column of the kind, with its header or null. */
export function requestMapping(columns: readonly ImportColumn[], mapping: Mapping): ColumnMatch[] {
  return columns.map((c) => ({ column: c.name, header: mapping[c.name] ?? null }));
}

/** Columns whose header is not their own name (renamed or not in the file): what the panel is for. */
export function differingColumns(columns: readonly ImportColumn[], mapping: Mapping): string[] {
  return columns.filter((c) => mapping[c.name] !== c.name).map((c) => c.name);
}

export { formatBytes };

/** "1 row", "1,200 rows" / "1 200 lignes". */
export function rowsText(n: number): string {
  return t('ui-import-rows', { count: n });
}

/** 0..1 for the bar; null (indeterminate) before anything is known. */
export function progressValue(p: ImportProgress | null): number | null {
  if (!p || p.bytes_total <= 0) return null;
  return Math.min(1, p.bytes_read / p.bytes_total);
}

/** "1,200 rows read · 3.4 MB of 10 MB", and what happens once the whole file is read. */
export function progressDetail(p: ImportProgress | null): string {
  if (!p) return t('ui-import-starting');
  if (p.bytes_total > 0 && p.bytes_read >= p.bytes_total) return t('ui-import-progress-saving', { count: p.rows });
  return t('ui-import-progress', { count: p.rows, read: formatBytes(p.bytes_read), total: formatBytes(p.bytes_total) });
}

/** "2 new, 1 updated, 3 unchanged" (+ ", 1 skipped" when any were). */
export function countsSentence(c: ImportCounts): string {
  const args = { inserted: c.inserted, updated: c.updated, unchanged: c.unchanged, skipped: c.skipped };
  return c.skipped > 0 ? t('ui-import-counts-skipped', args) : t('ui-import-counts', args);
}

/** What the result panel says: "2 rows read: 1 new, 0 updated, 1 unchanged." (or what a check would give). */
export function resultSentence(c: ImportCounts, dryRun: boolean): string {
  const args = { count: c.rows, counts: countsSentence(c) };
  return dryRun ? t('ui-import-result-check', args) : t('ui-import-result', args);
}

/** A count in the result list: grouped thousands in the current language. */
export { formatInt };

/** A kind's label inside a sentence: "Usage events" -> "usage events", "NPS responses" kept. */
export function inSentence(label: string): string {
  return label
    .split(' ')
    .map((w) => (w.length > 1 && w === w.toUpperCase() ? w : w.toLowerCase()))
    .join(' ');
}

/** The last part of a path, whichever separator the OS uses. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts.length ? parts[parts.length - 1] : path;
}

