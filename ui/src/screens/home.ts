// Pure presentation helpers for the portfolio home (Home.svelte); no I/O here, so every number
// the screen shows is formatted and tested without mounting a component.
import type { Alert, Band, Home, Trend } from '../lib/api';
import type { KpiDirection, Tone } from '../lib/kit';
import type { BandCount } from '../lib/bindings/BandCount';
import { plural } from '../lib/format';

/** Shown where a number is absent (e.g. NRR with an empty cohort), as in lib/format.ts. */
export const DASH = '–';

/** Accounts the demo book is loaded with from the empty home. */
export const DEMO_ACCOUNTS = 300;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar day ("2026-10-31") as "31 Oct 2026", read straight from its digits: no Date, so no
 * time zone can move it to the 30th, and day-month-year reads unambiguously everywhere. Plain
 * string work, so a long list of days costs next to nothing to render.
 */
export function formatDay(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso || DASH;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build; one per currency (and per sign display) is enough. */
function moneyFormat(currency: string | null, signed: boolean): Intl.NumberFormat {
  const key = `${currency ?? ''}|${signed}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const base: Intl.NumberFormatOptions = {
      notation: 'compact',
      maximumSignificantDigits: 3,
      signDisplay: signed ? 'exceptZero' : 'auto',
    };
    try {
      format = new Intl.NumberFormat('en-US', currency ? { ...base, style: 'currency', currency } : base);
    } catch {
      // An ISO code Intl does not know (bad import data): a plain number beats a crash.
      format = new Intl.NumberFormat('en-US', base);
    }
    moneyFormats.set(key, format);
  }
  return format;
}

/** Money in compact form ("$1.24M"); a plain compact number when the book has no single currency. */
export function formatMoney(value: number | null | undefined, currency: string | null, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return moneyFormat(currency, signed).format(value);
}

const percent = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signedOne = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** A ratio (1.043) as a percent with one decimal ("104.3%"). */
export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return DASH;
  return percent.format(ratio);
}

export interface Change {
  delta: string;
  direction: KpiDirection;
}

/**
 * The change of a trend as the tile shows it, or null when either end is missing. Rates change in
 * percentage points ("+0.4 pts"), since "+10%" of a 4% churn would be ambiguous. Money changes
 * relative to before ("+4.2%"), or in money when there was none before. The direction follows
 * the rounded text, so a tile never shows an arrow next to "0.0".
 */
export function trendChange(trend: Trend, kind: 'money' | 'rate', currency: string | null = null): Change | null {
  const { now, before } = trend;
  if (now === null || before === null || !Number.isFinite(now) || !Number.isFinite(before)) return null;
  let shown: number;
  let delta: string;
  if (kind === 'rate') {
    shown = Math.round((now - before) * 1000) / 10;
    delta = `${signedOne.format(shown)} pts`;
  } else if (before > 0) {
    shown = Math.round(((now - before) / before) * 1000) / 10;
    delta = `${signedOne.format(shown)}%`;
  } else {
    shown = now - before;
    delta = formatMoney(shown, currency, true);
  }
  return { delta, direction: shown > 0 ? 'up' : shown < 0 ? 'down' : 'flat' };
}

export interface KpiTile {
  key: string;
  label: string;
  value: string;
  delta?: string;
  direction: KpiDirection;
  upIsGood: boolean;
  hint?: string;
}

export { plural };

/** The KPI row: ARR, NRR, GRR, logo churn (up is bad) with their change, then ARR at risk. */
export function kpiTiles(home: Home): KpiTile[] {
  const vs = `vs ${formatDay(home.before)}`;
  const tile = (key: string, label: string, trend: Trend, kind: 'money' | 'rate', upIsGood = true): KpiTile => {
    const value = kind === 'money' ? formatMoney(trend.now, home.currency) : formatPercent(trend.now);
    const change = trend.now === null ? null : trendChange(trend, kind, home.currency);
    return change
      ? { key, label, value, delta: change.delta, direction: change.direction, upIsGood, hint: vs }
      : { key, label, value, direction: 'flat', upIsGood };
  };
  return [
    tile('arr', 'ARR', home.arr, 'money'),
    tile('nrr', 'NRR', home.nrr, 'rate'),
    tile('grr', 'GRR', home.grr, 'rate'),
    tile('churn', 'Logo churn', home.logo_churn, 'rate', false),
    {
      key: 'at-risk',
      label: 'ARR at risk',
      value: formatMoney(home.at_risk_arr, home.currency),
      direction: 'flat',
      upIsGood: false,
      hint: plural(home.at_risk_accounts, 'account'),
    },
  ];
}

export const BAND_LABELS: Record<Band, string> = { green: 'Healthy', yellow: 'Watch', red: 'Unhealthy' };
export const BAND_TONES: Record<Band, Tone> = { green: 'good', yellow: 'caution', red: 'bad' };
export const SEVERITY_TONES: Record<Alert['severity'], Tone> = { high: 'bad', medium: 'caution', low: 'info' };

/** Task priorities are free strings in the database; unknown ones read as neutral. */
export function priorityTone(priority: string): Tone {
  return priority === 'urgent' ? 'bad' : priority === 'high' ? 'caution' : 'neutral';
}

export interface BandShare {
  band: Band;
  /** Percent of the total, 0..100; all zero when the total is zero. */
  share: number;
}

/** Each band's share of accounts or ARR, for the widths of the stacked bar. */
export function bandShares(health: BandCount[], by: 'accounts' | 'arr'): BandShare[] {
  const total = health.reduce((sum, b) => sum + Math.max(0, b[by]), 0);
  return health.map((b) => ({ band: b.band, share: total > 0 ? (Math.max(0, b[by]) / total) * 100 : 0 }));
}

/** "today", "1 day", "12 days". */
export function daysLeft(days: number): string {
  return days <= 0 ? 'today' : plural(days, 'day');
}

/** "3 more" under a truncated list, or '' when the list is complete. */
export function moreText(total: number, shown: number): string {
  return total > shown ? `${(total - shown).toLocaleString('en-US')} more` : '';
}

/**
 * A workspace with nothing imported yet: no paying account, no health, no alerts and no tasks.
 * Tasks count too, so a book whose only accounts churned still shows its open follow-ups.
 */
export function isEmptyHome(home: Home): boolean {
  return (
    home.paying_accounts === 0 &&
    home.health.every((b) => b.accounts === 0) &&
    home.alerts.length === 0 &&
    home.alerts_total === 0 &&
    home.tasks_total === 0
  );
}

/** "urgent" -> "Urgent": severities and priorities arrive as lower-case codes. */
export function capitalize(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}
