// Pure helpers of the QBR screen: slide geometry, file names and paths, and the words of the
// batch's progress and summary. No I/O and no DOM, so each rule is tested on its own.
import type { AccountRow } from '../../lib/api';
import type { BatchProgress, BatchSummary, DeckFormat } from './decks';
import { formatBytes, formatInt } from '../../lib/format';
import { lang, t, type Lang } from '../../lib/i18n.svelte';
import { withExtension } from '../../lib/paths';

/** The deck page in points (decks::model::WIDTH x HEIGHT); the preview's geometry is in these. */
export const PAGE = { width: 960, height: 540 } as const;

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** `value` as a percentage of `of`, for left/top/width/height inside the 16:9 slide box. */
export function pct(value: number, of: number): string {
  return `${round((value / of) * 100)}%`;
}

export interface Box {
  left: string;
  top: string;
  width: string;
  height: string;
}

/** A block's frame in points as percentages of the page, so the slide scales with its box. */
export function box(frame: { x: number; y: number; w: number; h: number }, page: { width: number; height: number } = PAGE): Box {
  return { left: pct(frame.x, page.width), top: pct(frame.y, page.height), width: pct(frame.w, page.width), height: pct(frame.h, page.height) };
}

/**
 * A length in points as container-query width units of the slide (`cqw`: 1% of the slide's
 * width), so text keeps its size relative to the page at any preview size, thumbnails included.
 */
export function pt(points: number, pageWidth: number = PAGE.width): string {
  return `${round((points / pageWidth) * 100)}cqw`;
}

/** The characters no file system takes in a name (Windows is the strictest), and controls. */
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/** A customer name as a readable file name: unsafe characters become "_", at most 80 characters. */
export function fileStem(name: string): string {
  const stem = [...name.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim()].slice(0, 80).join('').replace(/^[.\s]+|[.\s]+$/g, '');
  return stem || 'deck';
}

/** The separator a path already uses: a Windows path keeps its backslashes. */
function separator(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/';
}

export function joinPath(dir: string, name: string): string {
  const sep = separator(dir);
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** The folder part of a path, or null for a bare file name. */
export function dirOf(path: string): string | null {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? null : path.slice(0, i) || path.slice(0, 1);
}

export { withExtension };

export function qbrFileName(accountName: string, quarter: string): string {
  return `${fileStem(accountName)}-${quarter}.pptx`;
}

/** Named in the deck's language, as the file's contents are: Portfolio-2026-Q3.pptx. */
export function portfolioFileName(quarter: string, language: Lang = lang()): string {
  return `${t('ui-qbr-portfolio-file', undefined, language)}-${quarter}.pptx`;
}

export function batchFolder(folder: string, quarter: string): string {
  return joinPath(folder, `QBR ${quarter}`);
}

export { formatBytes };

/** A quarter id ("2026-Q3") as people write it: Q3 2026 / T3 2026 / 2026年第三季度; an id of
 *  another shape is shown as it is. */
export function quarterLabel(id: string, fallback = id): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(id);
  // Strings, not numbers: a year is not a quantity ("2,026").
  return m ? t('quarter-label', { year: m[1], quarter: Number(m[2]) }) : fallback;
}

/** "12 of 270 · Acme GmbH": decks finished, and the one that just was. */
export function progressText(p: BatchProgress): string {
  const head = t('ui-qbr-batch-progress', { done: formatInt(p.done), total: formatInt(p.total) });
  return p.account ? `${head} · ${p.account}` : head;
}

/** 0..1 for the progress bar; null (indeterminate) until the number of decks is known. */
export function progressValue(p: BatchProgress | null): number | null {
  return p && p.total > 0 ? p.done / p.total : null;
}


/** One sentence saying what a batch wrote, what failed and what a cancel left out. */
export function summaryText(s: BatchSummary): string {
  if (s.total === 0) return t('ui-qbr-summary-none', { quarter: quarterLabel(s.quarter) });
  const parts = [t('ui-qbr-summary-wrote', { files: s.files, decks: s.decks, size: formatBytes(s.bytes), dir: s.dir })];
  if (s.failures.length > 0) parts.push(t('ui-qbr-summary-failed', { count: s.failures.length }));
  if (s.cancelled) parts.push(t('ui-qbr-summary-cancelled', { count: s.skipped }));
  return parts.join(t('ui-qbr-sentence-gap'));
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Accounts whose name or id contains `query` (case and accents ignored), names starting with it first. */
export function matchAccounts(rows: readonly AccountRow[], query: string, limit = 8): AccountRow[] {
  const q = fold(query.trim());
  if (!q) return rows.slice(0, limit);
  const hits = rows.filter((r) => fold(r.name).includes(q) || fold(r.account_id).includes(q));
  const starts = (r: AccountRow) => (fold(r.name).startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b)).slice(0, limit);
}

/**
 * The save path after the account or quarter changed: the new file name in the folder the
 * current path already points to (the user's choice survives), else in `folder`; a .pdf path
 * stays a .pdf.
 */
export function nextPath(current: string, file: string, folder: string | null): string {
  const dir = dirOf(current.trim());
  const placed = dir !== null ? joinPath(dir, file) : folder ? joinPath(folder, file) : file;
  return /\.pdf$/i.test(current.trim()) ? withExtension(placed, 'pdf') : placed;
}
