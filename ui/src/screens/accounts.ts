// The accounts table's filters and saved views, without a DOM. A saved view is what a CSM
// comes back to every morning ("my red accounts", "renewing this quarter"), so it stores every
// control of the screen, and lives in localStorage: it is a preference of this machine's user,
// not data of the workspace.
import type { AccountRow, Band } from '../lib/api';
import type { SortState } from '../lib/kit';

export interface AccountFilters {
  text: string;
  band: Band | 'all';
  owner: string | 'all';
  atRiskOnly: boolean;
  /** Renewing within this many days of the as-of day; null = any. */
  renewalWithin: number | null;
}

export interface SavedView {
  name: string;
  filters: AccountFilters;
  sort: SortState | null;
}

export const NO_FILTERS: AccountFilters = { text: '', band: 'all', owner: 'all', atRiskOnly: false, renewalWithin: null };
export const VIEWS_KEY = 'waypoint.accounts.views';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD), in UTC so no time zone shifts a day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The rows the non-text filters keep (the table itself applies the text filter). */
export function applyFilters(rows: readonly AccountRow[], f: AccountFilters, asOf: string): AccountRow[] {
  return rows.filter((r) => {
    if (f.band !== 'all' && r.band !== f.band) return false;
    if (f.owner !== 'all' && (r.owner ?? '') !== f.owner) return false;
    if (f.atRiskOnly && !r.at_risk) return false;
    if (f.renewalWithin !== null) {
      if (!r.renewal) return false;
      const days = daysBetween(asOf, r.renewal);
      if (days < 0 || days > f.renewalWithin) return false;
    }
    return true;
  });
}

/** Owners for the filter menu, by name; accounts without one are listed as "". */
export function owners(rows: readonly AccountRow[]): string[] {
  return [...new Set(rows.map((r) => r.owner ?? ''))].sort((a, b) => a.localeCompare(b));
}

export function loadViews(storage: Storage | undefined = globalThis.localStorage): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(VIEWS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((v): v is SavedView => typeof v?.name === 'string' && typeof v?.filters === 'object') : [];
  } catch {
    return [];
  }
}

/** Saves (or replaces, by name) a view; returns the new list, sorted by name. */
export function saveView(view: SavedView, storage: Storage | undefined = globalThis.localStorage): SavedView[] {
  const views = [...loadViews(storage).filter((v) => v.name !== view.name), view].sort((a, b) => a.name.localeCompare(b.name));
  storage?.setItem(VIEWS_KEY, JSON.stringify(views));
  return views;
}

export function deleteView(name: string, storage: Storage | undefined = globalThis.localStorage): SavedView[] {
  const views = loadViews(storage).filter((v) => v.name !== name);
  storage?.setItem(VIEWS_KEY, JSON.stringify(views));
  return views;
}
