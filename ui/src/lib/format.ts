// Pure presentation helpers shared by the screens: numbers, money, file sizes and the wording
// of errors; no I/O here. A screen keeps only the formats that are its own (NRR with one
// decimal on the home, durations in the brief).
import type { Status } from './bindings/Status';
import { FORMAT_LOCALES, lang, t } from './i18n.svelte';

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

/** A change of a ratio as a signed percent with exactly `fraction` decimals: "+4.2%" / "+4,2 %". */
export function formatPercentSigned(x: number | null | undefined, fraction = 1): string {
  return missing(x)
    ? DASH
    : numberFormat({ style: 'percent', minimumFractionDigits: fraction, maximumFractionDigits: fraction, signDisplay: 'exceptZero' }).format(x);
}

/** A count where space is short: 950 / 12K / 1.2万. */
export function formatCompact(x: number | null | undefined): string {
  return missing(x) ? DASH : numberFormat({ notation: 'compact', maximumFractionDigits: 1 }).format(x);
}

/** Money where space is short, three significant digits so an ARR of $1.24M keeps its
 *  hundredths: $1.24M / 1,24 M € / ¥124万; `signed` for changes (+$48.2K). */
export function formatMoneyCompact(x: number | null | undefined, currency: string | null, signed = false): string {
  if (missing(x)) return DASH;
  const options: Intl.NumberFormatOptions = {
    notation: 'compact',
    maximumSignificantDigits: 3,
    signDisplay: signed ? 'exceptZero' : 'auto',
  };
  if (currency) {
    try {
      return numberFormat({ ...options, style: 'currency', currency }).format(x);
    } catch {
      // An ISO code Intl does not know (bad import data): the number, then the code.
      return `${numberFormat(options).format(x)} ${currency}`;
    }
  }
  return numberFormat(options).format(x);
}

/** A day ("2026-09-30", or a Date): Sep 30, 2026 / 30 sept. 2026 / 2026年9月30日. Text that is
 *  not a day is shown as given (imported data may hold "soon"), nothing as a dash. */
export function formatDate(day: string | Date | null | undefined): string {
  const d = toDate(day);
  if (d) return dateFormat({ dateStyle: 'medium' }).format(d);
  return typeof day === 'string' && day ? day : DASH;
}

const relativeCache = new Map<string, Intl.RelativeTimeFormat>();

/** Days from the book's as-of day, in words: "in 45 days" / "dans 45 jours" / "45天后", and
 *  "today" for 0. Relative to the data, not the clock, so it is passed a day count. */
export function formatRelativeDays(days: number | null | undefined): string {
  if (missing(days)) return '';
  const locale = FORMAT_LOCALES[lang()];
  const numeric = days === 0 ? 'auto' : 'always';
  const key = `r|${locale}|${numeric}`;
  let f = relativeCache.get(key);
  if (!f) relativeCache.set(key, (f = new Intl.RelativeTimeFormat(locale, { numeric })));
  return f.format(Math.round(days), 'day');
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
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls "2026-13-01" over to the next year: such a day is not a day.
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? d : null;
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

/** A size with its unit in the language's abbreviation (French counts in octets: "1,5 ko"). */
const SIZE_UNITS: readonly ((size: string) => string)[] = [
  (size) => t('ui-size-bytes', { size }),
  (size) => t('ui-size-kb', { size }),
  (size) => t('ui-size-mb', { size }),
  (size) => t('ui-size-gb', { size }),
  (size) => t('ui-size-tb', { size }),
];

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
  if (unit === 0) return SIZE_UNITS[0](formatInt(v));
  return SIZE_UNITS[unit](v < 10 ? formatNumber(v, 1) : formatInt(v));
}

/** A row count for display: grouped thousands, e.g. 12345 -> "12,345". */
export function formatCount(count: number): string {
  if (!Number.isFinite(count) || count < 0) return '–';
  return formatInt(Math.trunc(count));
}

export interface CountTile {
  key: keyof Status;
  /** What is counted, as a noun: "accounts" / "客户" / "comptes". */
  label: string;
  value: string;
  /** The count and its noun in the language's plural: "1 account", "20 accounts". */
  text: string;
}

/** Every field of the generated Status type in display order, each with its catalogue
 *  messages (a literal t() key each, so the key check sees them); a new field fails to
 *  type-check here. */
const STATUS_WORDS: Record<keyof Status, { label: () => string; text: (count: number) => string }> = {
  accounts: { label: () => t('ui-status-accounts.label'), text: (count) => t('ui-status-accounts', { count }) },
  owners: { label: () => t('ui-status-owners.label'), text: (count) => t('ui-status-owners', { count }) },
  subscriptions: { label: () => t('ui-status-subscriptions.label'), text: (count) => t('ui-status-subscriptions', { count }) },
  contacts: { label: () => t('ui-status-contacts.label'), text: (count) => t('ui-status-contacts', { count }) },
  modules: { label: () => t('ui-status-modules.label'), text: (count) => t('ui-status-modules', { count }) },
  users: { label: () => t('ui-status-users.label'), text: (count) => t('ui-status-users', { count }) },
  tickets: { label: () => t('ui-status-tickets.label'), text: (count) => t('ui-status-tickets', { count }) },
  nps_responses: { label: () => t('ui-status-nps-responses.label'), text: (count) => t('ui-status-nps-responses', { count }) },
  milestones: { label: () => t('ui-status-milestones.label'), text: (count) => t('ui-status-milestones', { count }) },
  events: { label: () => t('ui-status-events.label'), text: (count) => t('ui-status-events', { count }) },
  usage_days: { label: () => t('ui-status-usage-days.label'), text: (count) => t('ui-status-usage-days', { count }) },
};

/** The noun of a Status field in the current language ("NPS responses"). */
export function statusLabel(key: keyof Status): string {
  return STATUS_WORDS[key].label();
}

/** The row counts of a workspace, in the order of STATUS_WORDS. */
export function statusTiles(status: Status): CountTile[] {
  return (Object.keys(STATUS_WORDS) as (keyof Status)[]).map((key) => ({
    key,
    label: statusLabel(key),
    value: formatCount(status[key]),
    text: STATUS_WORDS[key].text(status[key]),
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
      return { title: t('ui-error-wrong-key'), hint: t('ui-error-wrong-key.hint') };
    case 'no_key_source':
      return { title: t('ui-error-no-key-source'), hint: t('ui-error-no-key-source.hint') };
    case 'not_a_workspace':
      return { title: t('ui-error-not-a-workspace'), hint: t('ui-error-not-a-workspace.hint') };
    case 'workspace_not_found':
      return { title: t('ui-error-workspace-not-found'), hint: t('ui-error-workspace-not-found.hint') };
    case 'no_key_in_keyring':
      return { title: t('ui-error-no-key-in-keyring'), hint: t('ui-error-no-key-in-keyring.hint') };
    case 'keyring':
      return { title: t('ui-error-keyring'), hint: t('ui-error-keyring.hint') };
    case 'migrate':
      return { title: t('ui-error-migrate'), hint: t('ui-error-migrate.hint') };
    case 'io':
      return { title: t('ui-error-io'), hint: t('ui-error-io.hint') };
    case 'db':
      return { title: t('ui-error-db'), hint: t('ui-error-db.hint') };
    case 'ipc':
      return { title: t('ui-error-ipc'), hint: t('ui-error-ipc.hint') };
    default:
      return { title: t('ui-error-unknown'), hint: t('ui-error-unknown.hint') };
  }
}

/** A number with exactly `fraction` decimals and no sign: "0.12" / "0,12" (statistics such as
 *  Cramér's V, quoted to a fixed precision). */
export function formatFixed(x: number | null | undefined, fraction = 2): string {
  return missing(x) ? DASH : numberFormat({ minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(x);
}
