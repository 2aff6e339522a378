// Pure helpers of the segments screen: the rule builder's caret, field insertion and live
// count, and the wording of cards and crosstab cells. No I/O here except what `liveCount` is
// handed, so the debounce and stale-answer rules are tested with fake timers alone.
import { toApiError, type ApiError } from '../../lib/api';
import { formatFixed, formatInt, formatMoneyCompact, formatPercent } from '../../lib/format';
import { t } from '../../lib/i18n.svelte';
import type { CrossCell, SegmentCard } from './segments';

/** Quiet time after the last keystroke before a rule is counted. */
export const RULE_DEBOUNCE_MS = 150;

/** Where a rule is written in the CLI and saved segments: `rule:<expression>`. */
export const RULE_PREFIX = 'rule:';

/** The 1-based column a rule error names (every rule error from Rust ends "at column N"). */
export function errorColumn(message: string): number | null {
  const m = /at column (\d+)/.exec(message);
  return m ? Number(m[1]) : null;
}

/**
 * Blanks up to the column, then a caret, to draw in the input's monospace font right under
 * it. Columns count characters (code points) as the Rust lexer does, not UTF-16 units; tabs
 * stay tabs so they keep their width.
 */
export function caretLine(expr: string, column: number): string {
  const chars = Array.from(expr);
  const before = chars.slice(0, Math.max(0, Math.min(column - 1, chars.length)));
  return `${before.map((c) => (c === '\t' ? '\t' : ' ')).join('')}^`;
}

/**
 * The text with `field` in place of the selection [start, end), padded with a space where it
 * would otherwise touch a neighbouring word, and the cursor just after it.
 */
export function insertField(text: string, start: number, end: number, field: string): { text: string; cursor: number } {
  const a = Math.max(0, Math.min(start, text.length));
  const b = Math.max(a, Math.min(end, text.length));
  const before = text.slice(0, a);
  const after = text.slice(b);
  const lead = before && !/\s|\($/.test(before.slice(-1)) ? ' ' : '';
  const trail = after && !/^[\s)]/.test(after) ? ' ' : '';
  const inserted = `${lead}${field}${trail}`;
  return { text: `${before}${inserted}${after}`, cursor: a + lead.length + field.length };
}

export interface LiveHandlers<R> {
  /** A count was asked for (the previous answer is now out of date). */
  pending(expr: string): void;
  result(expr: string, value: R): void;
  error(expr: string, error: ApiError): void;
  /** The expression is blank: nothing to count. */
  empty(): void;
}

export interface LiveCount {
  push(expr: string): void;
  /** Drops the pending count and any answer still on its way (e.g. on unmount). */
  cancel(): void;
}

/**
 * Counts as the user types: waits `delay` ms after the last change, then runs once. Every
 * change bumps a sequence number and only the answer to the latest one is delivered, so a slow
 * answer for "arr > 5" can never overwrite the count already shown for "arr > 50".
 */
export function liveCount<R>(run: (expr: string) => Promise<R>, on: LiveHandlers<R>, delay = RULE_DEBOUNCE_MS): LiveCount {
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    seq += 1;
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    push(expr: string) {
      cancel();
      const mine = seq;
      if (!expr.trim()) {
        on.empty();
        return;
      }
      on.pending(expr);
      timer = setTimeout(() => {
        run(expr).then(
          (value) => mine === seq && on.result(expr, value),
          (raw: unknown) => mine === seq && on.error(expr, toApiError(raw)),
        );
      }, delay);
    },
    cancel,
  };
}

/** Money where the screen is dense (cards, cells, counts): $1.2M / 1,2 M€ / ¥120万. */
export const money = (x: number | null | undefined, currency: string | null) => formatMoneyCompact(x, currency);

/** "42 accounts · $1.2M ARR" for a crosstab cell's title. */
export function cellTitle(cell: CrossCell, row: string, column: string, currency: string | null): string {
  return t('ui-seg-cell-title', { row, column, count: cell.accounts, arr: money(cell.arr, currency) });
}

/** A 0-1 share as a whole percent, or a dash. */
export function percent(x: number | null | undefined): string {
  return formatPercent(x, 0);
}

export interface CardStat {
  key: 'accounts' | 'arr' | 'health' | 'at_risk' | 'breadth' | 'depth';
  label: string;
  value: string;
}

/** The numbers on a segment card, label then value, in reading order. */
export function cardStats(card: SegmentCard, currency: string | null): CardStat[] {
  const p = card.profile;
  return [
    { key: 'accounts', label: t('ui-seg-stat-accounts'), value: formatInt(p.accounts) },
    { key: 'arr', label: t('ui-seg-stat-arr'), value: t('ui-seg-stat-arr-value', { arr: money(p.arr, currency), share: percent(p.arr_share) }) },
    { key: 'health', label: t('ui-seg-stat-health'), value: formatInt(p.health_mean === null ? null : Math.round(p.health_mean)) },
    { key: 'at_risk', label: t('ui-seg-stat-at-risk'), value: card.at_risk ? `${formatInt(card.at_risk)} · ${money(card.at_risk_arr, currency)}` : formatInt(0) },
    { key: 'breadth', label: t('ui-seg-stat-breadth'), value: percent(p.breadth_mean) },
    { key: 'depth', label: t('ui-seg-stat-depth'), value: percent(p.depth_mean) },
  ];
}

/** How strongly needs and value go together, in words, from Cramér's V. */
export function associationText(v: number | null): string {
  if (v === null) return t('ui-seg-association-none');
  const args = { v: formatFixed(v, 2) };
  if (v < 0.1) return t('ui-seg-association-unrelated', args);
  if (v < 0.3) return t('ui-seg-association-weak', args);
  if (v < 0.5) return t('ui-seg-association-moderate', args);
  return t('ui-seg-association-strong', args);
}

