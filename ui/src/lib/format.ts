// Pure presentation helpers shared by the screens: numbers, money, file sizes and the wording
// of errors; no I/O here. A screen keeps only the formats that are its own (NRR with one
// decimal on the home, durations in the brief).
import type { Status } from './bindings/Status';
import { FORMAT_LOCALES, lang } from './i18n.svelte';

// The one locale-aware formatter of the UI: every screen writes numbers, money, percentages
// and dates through these, in the current language's conventions (Intl, i.e. the same CLDR data
// the engine formats decks and charts with through ICU4X): "Sep 30, 2026" / "30 sept. 2026" /
// "2026年9月30日"; "$1,234" / "1 234 €"; compact "$42K" / "42 k€" / "¥4.2万".

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = FORMAT_LOCALES[lang()];
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = FORMAT_LOCALES[lang()];
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return f;
}

/** "1 account", "1,200 accounts"; `many` for the irregular ones ("deck was", "decks were").
 *  English only: screens moving to the catalogues use t('…', { count }) instead. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

/** What a figure that is not known shows. */
export const DASH = '—';

/** No figure: null, undefined, NaN or infinite. */
export const missing = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || !Number.isFinite(x);

export function formatInt(x: number | null | undefined): string {
  return missing(x) ? DASH : numberFormat({ maximumFractionDigits: 0 }).format(x);
}

/** A number with at most `maxFraction` decimals: 3.5 / 3,5. */
export function formatNumber(x: number | null | undefined, maxFraction = 1): string {
  return missing(x) ? DASH : numberFormat({ maximumFractionDigits: maxFraction }).format(x);
}

/** A number with exactly `fraction` decimals and a sign unless zero: "+1.5", "−2.0". */
export function formatSigned(x: number | null | undefined, fraction = 0): string {
  return missing(x)
    ? DASH
    : numberFormat({ minimumFractionDigits: fraction, maximumFractionDigits: fraction, signDisplay: 'exceptZero' }).format(x);
}

/** A ratio 0..1 as a percent with at most `maxFraction` decimals: 0.5 -> "50%" / "50 %". */
export function formatPercent(x: number | null | undefined, maxFraction = 0): string {
  return missing(x) ? DASH : numberFormat({ style: 'percent', maximumFractionDigits: maxFraction }).format(x);
}

/** A ratio as a percent with exactly `fraction` decimals: "104.2%" (NRR, GRR). */
export function formatPercentFixed(x: number | null | undefined, fraction = 1): string {
  return missing(x)
    ? DASH
    : numberFormat({ style: 'percent', minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(x);
}

/** A count where space is short: 950 / 12K / 1.2万. */
export function formatCompact(x: number | null | undefined): string {
  return missing(x) ? DASH : numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(x);
}

/** Money where space is short: $42K / 42 k€ / ¥4.2万. */
export function formatMoneyCompact(x: number | null | undefined, currency: string | null): string {
  if (missing(x)) return DASH;
  if (currency) {
    try {
      return numberFormat({ style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }).format(x);
    } catch {
      return `${formatCompact(x)} ${currency}`;
    }
  }
  return formatCompact(x);
}

/** A day ("2026-09-30", or a Date): Sep 30, 2026 / 30 sept. 2026 / 2026年9月30日. */
export function formatDate(day: string | Date | null | undefined): string {
  const d = toDate(day);
  return d ? dateFormat({ dateStyle: 'medium' }).format(d) : DASH;
}

/** A month ("2026-09" or a day in it): Sep 2026 / sept. 2026 / 2026年9月. */
export function formatMonth(month: string | Date | null | undefined): string {
  const d = toDate(typeof month === 'string' && /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : month);
  return d ? dateFormat({ year: 'numeric', month: 'short' }).format(d) : DASH;
}

/** A day and time from an ISO timestamp, in the viewer's time zone: Sep 30, 2026, 14:05. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = FORMAT_LOCALES[lang()];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

function toDate(day: string | Date | null | undefined): Date | null {
  if (!day) return null;
  if (day instanceof Date) return Number.isNaN(day.getTime()) ? null : day;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
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
      return numberFormat({ style: 'currency', currency, maximumFractionDigits: 0 }).format(x);
    } catch {
      return `${formatInt(x)} ${currency}`;
    }
  }
  return formatInt(x);
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
  if (unit === 0) return `${formatInt(v)} B`;
  return `${v < 10 ? formatNumber(v, 1) : formatInt(v)} ${SIZE_UNITS[unit]}`;
}

/** A row count for display: grouped thousands, e.g. 12345 -> "12,345". */
export function formatCount(count: number): string {
  if (!Number.isFinite(count) || count < 0) return '–';
  return formatInt(Math.trunc(count));
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
