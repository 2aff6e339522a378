// The segments screen's commands (src-tauri/src/segment_cmds.rs), typed with the bindings
// generated from Rust. Kept apart from the pure helpers in rules.ts so tests replace only the I/O.
import { call, type Theme } from '../../lib/api';
import { lang } from '../../lib/i18n.svelte';
import type { RuleCount } from '../../lib/bindings/RuleCount';
import type { RuleField } from '../../lib/bindings/RuleField';
import type { SegmentMembers } from '../../lib/bindings/SegmentMembers';
import type { SegmentsView } from '../../lib/bindings/SegmentsView';

export type { RuleCount, RuleField, SegmentMembers, SegmentsView };
export type { CrossCell } from '../../lib/bindings/CrossCell';
export type { RuleMember } from '../../lib/bindings/RuleMember';
export type { SegmentCard } from '../../lib/bindings/SegmentCard';
export type { SegmentCrosstab } from '../../lib/bindings/SegmentCrosstab';
export type { SegmentKind } from '../../lib/bindings/SegmentKind';

/** Needs segments and value tiers with their crosstab and charts, from the session snapshot. */
export function segments(theme: Theme): Promise<SegmentsView> {
  return call<SegmentsView>('segments', { theme, lang: lang() });
}

/** The needs segments fitted again on the whole book, then the screen as `segments` gives it. */
export function refitSegments(theme: Theme): Promise<SegmentsView> {
  return call<SegmentsView>('refit_segments', { theme, lang: lang() });
}

/** A needs segment or value tier by name, or `rule:<expression>`: its accounts and module mix. */
export function segmentMembers(name: string, theme: Theme): Promise<SegmentMembers> {
  return call<SegmentMembers>('segment_members', { name, theme, lang: lang() });
}

/** The fixed fields a rule can test; the book's own come with `segments`. */
export function ruleFields(): Promise<RuleField[]> {
  return call<RuleField[]>('rule_fields');
}

/** How many accounts a rule selects; a bad rule rejects with its code and "at column N". */
export function ruleCount(expr: string): Promise<RuleCount> {
  return call<RuleCount>('rule_count', { expr });
}
