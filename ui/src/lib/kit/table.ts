// Pure logic behind DataTable: column types, cell text, filtering, sorting, windowing.
// Kept out of the component so it can be tested without a DOM and the component stays small.
import type { Snippet } from 'svelte';

export type CellValue = string | number | null;
export type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  dir: SortDirection;
}

export interface Column<T> {
  /** Stable id of the column (used for sorting state and DOM ids). */
  key: string;
  /** Header text. */
  label: string;
  /** The raw value: what the column sorts by. null (or NaN) sorts last in both directions. */
  value: (row: T) => CellValue;
  /** Display text; defaults to the value as text ('' for null). Filtering matches this text. */
  format?: (row: T) => string;
  /** Numbers usually go right so digits line up. Default 'left'. */
  align?: 'left' | 'right';
  /** A CSS grid track size: '120px', '2fr', 'minmax(8rem, 1fr)'. Default 'minmax(6rem, 1fr)'. */
  width?: string;
  /** Whether clicking the header sorts. Default true. */
  sortable?: boolean;
  /** Optional custom cell content (e.g. a Badge). Render text only; never {@html}. */
  cell?: Snippet<[T]>;
}

/** What a cell shows as text, and what the filter searches. */
export function cellText<T>(column: Column<T>, row: T): string {
  if (column.format) return column.format(row);
  const value = column.value(row);
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isNaN(value)) return '';
  return String(value);
}

// One collator for every comparison: creating one per call would dominate a 5,000-row sort.
// numeric: 'ACC-9' sorts before 'ACC-10', as a person reading account ids expects.
const collator = new Intl.Collator(undefined, { numeric: true });

function isMissing(value: CellValue | undefined): value is null | undefined {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/** Ascending order of two present values: numbers numerically, strings by locale, numbers first. */
export function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(a, b);
}

/**
 * Sorted copy of `rows` by the column's value. Stable (ties keep their input order in both
 * directions, because desc negates the comparison rather than reversing the result), and
 * missing values are last in both directions so blanks never crowd the top of the table.
 */
export function sortRows<T>(rows: readonly T[], column: Column<T>, dir: SortDirection): T[] {
  return sortOrder(rows, column, dir).map((i) => rows[i]);
}

/** The indexes of `rows` in [`sortRows`] order. */
export function sortOrder<T>(rows: readonly T[], column: Column<T>, dir: SortDirection): number[] {
  const keyed = rows.map((row, index) => ({ index, value: column.value(row) }));
  const sign = dir === 'asc' ? 1 : -1;
  const order = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => {
    const aMissing = isMissing(a.value);
    const bMissing = isMissing(b.value);
    if (aMissing || bMissing) {
      if (aMissing && bMissing) return a.index - b.index;
      return aMissing ? 1 : -1;
    }
    const byValue = compareValues(a.value as string | number, b.value as string | number) * sign;
    return byValue !== 0 ? byValue : a.index - b.index;
  };
  // Lists usually arrive in the order asked for (the engine sends accounts by name): one pass
  // that finds them in order skips the n log n collator comparisons of a sort.
  const inOrder = keyed.every((entry, i) => i === 0 || order(keyed[i - 1], entry) < 0);
  if (!inOrder) keyed.sort(order);
  return keyed.map((entry) => entry.index);
}

/** Normalised filter text: trimmed and lower-cased; '' means "no filter". */
export function normaliseQuery(query: string | null | undefined): string {
  return (query ?? '').trim().toLocaleLowerCase();
}

/**
 * Rows whose visible text in any column contains `query` (case-insensitive substring).
 * `texts` is the precomputed lower-cased text per row, parallel to `rows`.
 */
export function filterRows<T>(rows: readonly T[], texts: readonly string[], query: string): T[] {
  const needle = normaliseQuery(query);
  if (needle === '') return rows.slice();
  return rows.filter((_, i) => texts[i].includes(needle));
}

/** The lower-cased text of all columns of a row, joined so a match can't span two cells. */
export function searchText<T>(columns: readonly Column<T>[], row: T): string {
  return columns.map((column) => cellText(column, row).toLocaleLowerCase()).join('\u0000');
}

export interface RowWindow {
  /** First row index to render (inclusive). */
  start: number;
  /** Last row index to render (exclusive). */
  end: number;
}

/**
 * Which rows to render for a viewport scrolled to `scrollTop` that shows `bodyHeight` px of
 * rows, each exactly `rowHeight` px, plus `overscan` rows each side so fast scrolling doesn't
 * flash blank space before the next frame renders.
 */
export function rowWindow(
  count: number,
  scrollTop: number,
  bodyHeight: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.min(Math.floor(Math.max(0, scrollTop) / rowHeight), count - 1);
  const visible = Math.ceil(Math.max(0, bodyHeight) / rowHeight) + 1;
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(count, first + visible + overscan),
  };
}

/**
 * The scrollTop that brings row `index` fully into view, moving as little as possible;
 * the current scrollTop when it already is.
 */
export function scrollToReveal(index: number, scrollTop: number, bodyHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + bodyHeight) return Math.max(0, bottom - bodyHeight);
  return scrollTop;
}

/** CSS grid-template-columns for the columns, shared by header and rows so they align. */
export function gridTemplate<T>(columns: readonly Column<T>[]): string {
  return columns.map((column) => column.width ?? 'minmax(6rem, 1fr)').join(' ');
}

/**
 * The row a navigation key moves the active row to, or null for keys that don't navigate.
 * From no active row (-1) every key starts at the first row, except End.
 */
export function navigate(key: string, from: number, count: number, page: number): number | null {
  if (count <= 0) return null;
  const start = from < 0 ? 0 : from;
  const fresh = from < 0;
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = fresh ? 0 : start + 1;
      break;
    case 'ArrowUp':
      next = fresh ? 0 : start - 1;
      break;
    case 'PageDown':
      next = fresh ? 0 : start + page;
      break;
    case 'PageUp':
      next = fresh ? 0 : start - page;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return null;
  }
  return Math.max(0, Math.min(count - 1, next));
}
