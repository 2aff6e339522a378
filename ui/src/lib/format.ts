// Pure presentation helpers shared by the screens: numbers, money, file sizes and the wording
// of errors; no I/O here. A screen keeps only the formats that are its own (NRR with one
// decimal on the home, durations in the brief).
import type { Status } from './bindings/Status';

const LOCALE = 'en-US';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** "1 account", "1,200 accounts"; `many` for the irregular ones ("deck was", "decks were"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${integer.format(n)} ${n === 1 ? one : many}`;
}

/** What a figure that is not known shows. */
export const DASH = '—';

/** No figure: null, undefined, NaN or infinite. */
export const missing = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || !Number.isFinite(x);

export function formatInt(x: number | null | undefined): string {
  return missing(x) ? DASH : integer.format(x);
}

/** A ratio 0..1 as a whole percent: 0.5 -> "50%". */
export function formatPercent(x: number | null | undefined): string {
  return missing(x) ? DASH : percent.format(x);
}

/**
 * Money in the book's currency, whole units. The currency is null for a book without revenue
 * data or unknown to Intl (a typo in an import), then the plain number is shown (with the
 * code, when there is one) rather than failing the whole screen.
 */
export function formatMoney(x: number | null | undefined, currency: string | null): string {
  if (missing(x)) return DASH;
  if (currency) {
    try {
      return new Intl.NumberFormat(LOCALE, { style: 'currency', currency, maximumFractionDigits: 0 }).format(x);
    } catch {
      return `${integer.format(x)} ${currency}`;
    }
  }
  return integer.format(x);
}

const SIZE_UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** A file size in decimal units, as the file managers of macOS and GNOME show it (1 KB = 1000
 *  bytes): "512 B", "2 KB", "1.5 KB", "47 KB", "3.1 MB"; at most one decimal below 10 of a unit, whole
 *  numbers above. Every screen uses this one, so a file has one size wherever it is named. */
export function formatBytes(n: number): string {
  let v = n;
  let unit = 0;
  while (Math.round(v) >= 1000 && unit < SIZE_UNITS.length - 1) {
    v /= 1000;
    unit += 1;
  }
  if (unit === 0) return `${integer.format(v)} B`;
  return `${v < 10 ? oneDecimal.format(v) : integer.format(v)} ${SIZE_UNITS[unit]}`;
}

/** A row count for display: grouped thousands, e.g. 12345 -> "12,345". */
export function formatCount(count: number): string {
  if (!Number.isFinite(count) || count < 0) return '–';
  return integer.format(Math.trunc(count));
}

export interface CountTile {
  key: keyof Status;
  label: string;
  value: string;
}

/** Labels for every field of the generated Status type, as nouns that read after a count
 *  ("300 accounts"); a new field fails to type-check here. */
export const STATUS_LABELS: Record<keyof Status, string> = {
  accounts: 'accounts',
  owners: 'owners',
  subscriptions: 'subscriptions',
  contacts: 'contacts',
  modules: 'modules',
  users: 'users',
  tickets: 'tickets',
  nps_responses: 'NPS responses',
  milestones: 'milestones',
  events: 'events',
  usage_days: 'usage days',
};

/** The row counts of a workspace, in the order of STATUS_LABELS. */
export function statusTiles(status: Status): CountTile[] {
  return (Object.keys(STATUS_LABELS) as (keyof Status)[]).map((key) => ({
    key,
    label: STATUS_LABELS[key],
    value: formatCount(status[key]),
  }));
}

/** Wording for the error view, switched on the stable error code (never on the message). */
export interface ErrorCopy {
  title: string;
  hint: string;
}

export function errorCopy(code: string): ErrorCopy {
  switch (code) {
    case 'wrong_key':
      return {
        title: 'This workspace could not be unlocked',
        hint: 'The key does not match. Check WAYPOINT_PASSPHRASE or the key saved in your system keyring.',
      };
    case 'no_key_source':
      return {
        title: 'No key to unlock the workspace',
        hint: 'Set WAYPOINT_PASSPHRASE, or unlock your system keyring, then retry.',
      };
    case 'not_a_workspace':
      return {
        title: 'No Waypoint workspace here',
        hint: 'Point WAYPOINT_WORKSPACE at a workspace created with the waypoint command-line tool.',
      };
    case 'workspace_not_found':
      return {
        title: 'The workspace file does not exist yet',
        hint: 'Create it with the waypoint command-line tool, or point WAYPOINT_WORKSPACE at an existing workspace.',
      };
    case 'no_key_in_keyring':
      return {
        title: 'Your keyring has no key for this workspace',
        hint: 'If the workspace was created with a passphrase, set WAYPOINT_PASSPHRASE, then retry.',
      };
    case 'keyring':
      return { title: 'The system keyring could not be used', hint: 'Unlock your keyring, or set WAYPOINT_PASSPHRASE, then retry.' };
    case 'migrate':
      return {
        title: 'The workspace could not be upgraded',
        hint: 'It may come from a newer Waypoint. Nothing was changed; the details are below.',
      };
    case 'io':
      return { title: 'The workspace could not be read', hint: 'Check that the file exists and that you may read it.' };
    case 'db':
      return { title: 'The workspace database reported an error', hint: 'The details below may help; retrying is safe.' };
    case 'ipc':
      return { title: 'The app refused this request', hint: 'This is a bug in Waypoint; please report it.' };
    default:
      return { title: 'Something went wrong', hint: 'The details below may help; retrying is safe.' };
  }
}
