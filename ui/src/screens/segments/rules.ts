// Pure helpers of the segments screen: the rule builder's caret, field insertion and live
// count, and the wording of cards and crosstab cells. No I/O here except what `liveCount` is
// handed, so the debounce and stale-answer rules are tested with fake timers alone.
import { toApiError, type ApiError } from '../../lib/api';
import { formatMoney, plural } from '../home';
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

/** "42 accounts · $1.2M ARR" for a crosstab cell's title. */
export function cellTitle(cell: CrossCell, row: string, column: string, currency: string | null): string {
  return `${row} × ${column}: ${plural(cell.accounts, 'account')} · ${formatMoney(cell.arr, currency)} ARR`;
}

const pct0 = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

/** A 0-1 share as a whole percent, or a dash. */
export function percent(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : pct0.format(x);
}

/** The numbers on a segment card, label then value, in reading order. */
export function cardStats(card: SegmentCard, currency: string | null): { label: string; value: string }[] {
  const p = card.profile;
  return [
    { label: 'Accounts', value: p.accounts.toLocaleString('en-US') },
    { label: 'ARR', value: `${formatMoney(p.arr, currency)} (${percent(p.arr_share)})` },
    { label: 'Avg health', value: p.health_mean === null ? '–' : String(Math.round(p.health_mean)) },
    { label: 'At risk', value: card.at_risk ? `${card.at_risk} · ${formatMoney(card.at_risk_arr, currency)}` : '0' },
    { label: 'Breadth', value: percent(p.breadth_mean) },
    { label: 'Depth', value: percent(p.depth_mean) },
  ];
}

/** How strongly needs and value go together, in words, from Cramér's V. */
export function associationText(v: number | null): string {
  if (v === null) return 'Too few active, paying accounts to compare the two views.';
  const strength = v < 0.1 ? 'unrelated' : v < 0.3 ? 'weakly related' : v < 0.5 ? 'moderately related' : 'strongly related';
  return `Needs and value are ${strength} (Cramér's V ${v.toFixed(2)}, active paying accounts).`;
}
