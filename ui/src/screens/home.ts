// Pure presentation helpers for the portfolio home (Home.svelte); no I/O here, so every number
// the screen shows is formatted and tested without mounting a component.
import type { Alert, Band, Home, Trend } from '../lib/api';
import type { KpiDirection, Tone } from '../lib/kit';
import type { BandCount } from '../lib/bindings/BandCount';
import {
  formatDate, formatMoneyCompact, formatPercentFixed, formatPercentSigned, formatSigned, missing,
} from '../lib/format';
import { t } from '../lib/i18n.svelte';
import { BAND_TONES } from '../lib/labels';

// The segments screens take the band colours from here; they are lib/labels.ts's.
export { BAND_TONES };

/** Accounts the demo book is loaded with from the empty home. */
export const DEMO_ACCOUNTS = 300;

/** Money in compact form ("$1.24M", "1,24 M€"); a plain compact number without a currency. */
export function formatMoney(value: number | null | undefined, currency: string | null, signed = false): string {
  return formatMoneyCompact(value, currency, signed);
}

/** A ratio (1.043) as a percent with one decimal ("104.3%"), as NRR and GRR are quoted. */
export function formatPercent(ratio: number | null | undefined): string {
  return formatPercentFixed(ratio, 1);
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
  if (missing(now) || missing(before)) return null;
  let shown: number;
  let delta: string;
  if (kind === 'rate') {
    shown = Math.round((now - before) * 1000) / 10;
    delta = t('ui-home-delta-points', { delta: formatSigned(shown, 1) });
  } else if (before > 0) {
    shown = Math.round(((now - before) / before) * 1000) / 10;
    delta = formatPercentSigned(shown / 100, 1);
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

/** The KPI row: ARR, NRR, GRR, logo churn (up is bad) with their change, then ARR at risk. */
export function kpiTiles(home: Home): KpiTile[] {
  const vs = t('ui-home-vs', { day: formatDate(home.before) });
  const tile = (key: string, label: string, trend: Trend, kind: 'money' | 'rate', upIsGood = true): KpiTile => {
    const value = kind === 'money' ? formatMoney(trend.now, home.currency) : formatPercent(trend.now);
    const change = trend.now === null ? null : trendChange(trend, kind, home.currency);
    return change
      ? { key, label, value, delta: change.delta, direction: change.direction, upIsGood, hint: vs }
      : { key, label, value, direction: 'flat', upIsGood };
  };
  return [
    tile('arr', t('ui-home-kpi-arr'), home.arr, 'money'),
    tile('nrr', t('ui-home-kpi-nrr'), home.nrr, 'rate'),
    tile('grr', t('ui-home-kpi-grr'), home.grr, 'rate'),
    tile('churn', t('ui-home-kpi-churn'), home.logo_churn, 'rate', false),
    {
      key: 'at-risk',
      label: t('ui-home-kpi-at-risk'),
      value: formatMoney(home.at_risk_arr, home.currency),
      direction: 'flat',
      upIsGood: false,
      hint: t('count-accounts', { count: home.at_risk_accounts }),
    },
  ];
}

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
  return t('ui-home-days-left', { count: Math.max(0, days) });
}

/** "3 more" under a truncated list, or '' when the list is complete. */
export function moreText(total: number, shown: number): string {
  return total > shown ? t('ui-home-more', { count: total - shown }) : '';
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
