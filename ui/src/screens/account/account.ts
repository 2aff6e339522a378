// Pure presentation helpers for the Account 360 screen; no I/O, no DOM. Kept out of the
// components so the arithmetic (percent widths, day counts, grouping) is tested on its own.
// Numbers use the same fixed 'en-US' locale as lib/format.ts, so every screen agrees; the
// formats every screen shares come from there.
import type { Alert } from '../../lib/bindings/Alert';
import type { Band } from '../../lib/bindings/Band';
import type { MilestoneStatus } from '../../lib/bindings/MilestoneStatus';
import type { ModuleUsage } from '../../lib/bindings/ModuleUsage';
import type { Task } from '../../lib/bindings/Task';
import type { Touchpoint } from '../../lib/bindings/Touchpoint';
import { DASH, missing } from '../../lib/format';
import type { Tone } from '../../lib/kit';

export { formatInt, formatMoney, formatPercent } from '../../lib/format';

const LOCALE = 'en-US';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
// Days are calendar days ("2025-03-14") without a zone; UTC keeps them from shifting a day.
const dayFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });

/** One decimal at most: hours, points, CSAT. */
export function formatDecimal(x: number | null | undefined): string {
  return missing(x) ? DASH : oneDecimal.format(x);
}

/** NPS is a signed score from -100 to 100; the sign is part of its meaning. */
export function formatSigned(x: number | null | undefined): string {
  return missing(x) ? DASH : signed.format(Math.round(x));
}

function utcDay(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** "2025-03-14" -> "Mar 14, 2025"; anything unparsable is shown as given. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return DASH;
  const t = utcDay(day);
  return t === null ? day : dayFormat.format(t);
}

/** Whole days from `from` to `to` (positive when `to` is later); null if either is not a day. */
export function daysBetween(from: string, to: string): number | null {
  const a = utcDay(from);
  const b = utcDay(to);
  return a === null || b === null ? null : Math.round((b - a) / 86_400_000);
}

/** "in 45 days", "today", "3 days ago": relative to the book's as-of day, not the clock. */
export function relativeDays(days: number | null): string {
  if (days === null) return '';
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `in ${integer.format(n)} ${unit}` : `${integer.format(n)} ${unit} ago`;
}

/** Change in health points, e.g. "+4 pts"; null without an earlier score. */
export function healthChange(score: number, before: number | null): { text: string; direction: 'up' | 'down' | 'flat' } | null {
  if (before === null) return null;
  const delta = score - before;
  const unit = Math.abs(delta) === 1 ? 'pt' : 'pts';
  return { text: `${signed.format(delta)} ${unit}`, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat' };
}

export const BAND_TONE: Record<Band, Tone> = { green: 'good', yellow: 'caution', red: 'bad' };
// The same words as the home screen; "at risk" is reserved for the defined at-risk flag (docs/METRICS.md).
export const BAND_LABEL: Record<Band, string> = { green: 'Healthy', yellow: 'Watch', red: 'Unhealthy' };

/** Lifecycle stages come as snake_case keys ("at_risk"); unknown ones are shown readably. */
export function stageLabel(stage: string): string {
  const known: Record<string, string> = {
    onboarding: 'Onboarding',
    adoption: 'Adoption',
    value: 'Value',
    renewal: 'Renewal',
    at_risk: 'At risk',
    churned: 'Churned',
  };
  const text = stage.replaceAll('_', ' ');
  return known[stage] ?? text.charAt(0).toUpperCase() + text.slice(1);
}

/** Width of a driver bar in percent of its maximum, clamped to 0..100, one decimal. */
export function barPercent(points: number, maxPoints: number): number {
  if (!(maxPoints > 0) || !Number.isFinite(points)) return 0;
  return Math.round(Math.min(1, Math.max(0, points / maxPoints)) * 1000) / 10;
}

export const SEVERITY_TONE: Record<string, Tone> = { high: 'bad', medium: 'caution', low: 'info' };

/** Newest condition first; ties keep the backend's order (most severe first). */
export function sortAlerts(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) => (a.since < b.since ? 1 : a.since > b.since ? -1 : 0));
}

/** Touchpoints newest first (the backend already does so; re-sorting keeps the UI honest). */
export function sortTouchpoints(list: readonly Touchpoint[]): Touchpoint[] {
  return [...list].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

export interface PhaseGroup {
  phase: string;
  label: string;
  milestones: MilestoneStatus[];
}

const PHASES: readonly { phase: string; label: string }[] = [
  { phase: '30', label: 'First 30 days' },
  { phase: '60', label: 'Days 31–60' },
  { phase: '90', label: 'Days 61–90' },
  { phase: 'later', label: 'Later' },
];

/** Milestones by plan phase in 30/60/90/later order, by due day inside a phase; empty phases dropped. */
export function groupByPhase(milestones: readonly MilestoneStatus[]): PhaseGroup[] {
  const known = new Set(PHASES.map((p) => p.phase));
  const byDue = [...milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return PHASES.map(({ phase, label }) => ({
    phase,
    label,
    // An unexpected phase value lands in "later" rather than disappearing from the plan.
    milestones: byDue.filter((m) => m.phase === phase || (phase === 'later' && !known.has(m.phase))),
  })).filter((g) => g.milestones.length > 0);
}

/** Status badge of a milestone: tone and words (the words carry the meaning, not the colour). */
export function milestoneBadge(m: MilestoneStatus): { tone: Tone; text: string } {
  const late = m.days_late ?? 0;
  const days = (n: number) => `${integer.format(n)} ${n === 1 ? 'day' : 'days'}`;
  if (m.status === 'done') return { tone: 'good', text: late > 0 ? `Done, ${days(late)} late` : 'Done' };
  if (m.status === 'overdue') return { tone: 'bad', text: late > 0 ? `Overdue, ${days(late)} late` : 'Overdue' };
  return { tone: 'neutral', text: 'Open' };
}

export const SIDE_TONE: Record<string, Tone> = { customer: 'info', vendor: 'neutral' };

export const PRIORITY_TONE: Record<string, Tone> = { urgent: 'bad', high: 'caution', normal: 'neutral', low: 'neutral' };

/** Open tasks (in the backend's order: overdue, then priority) and completed ones apart. */
export function splitTasks(tasks: readonly Task[]): { open: Task[]; done: Task[] } {
  return { open: tasks.filter((t) => t.completed_at === null), done: tasks.filter((t) => t.completed_at !== null) };
}

/**
 * Modules with events in the last 28 days and those without, the same window the breadth
 * score uses. Unused licensed modules are what a CSM raises with the customer.
 */
export function splitModules(modules: readonly ModuleUsage[]): { used: ModuleUsage[]; unused: ModuleUsage[] } {
  const used = modules.filter((m) => m.events_month > 0).sort((a, b) => b.events_month - a.events_month);
  const unused = modules.filter((m) => m.events_month <= 0).sort((a, b) => Number(b.licensed) - Number(a.licensed));
  return { used, unused };
}

/** NPS response tone: promoter 9-10, passive 7-8, detractor 0-6 (the standard NPS cut). */
export function npsTone(score: number): Tone {
  return score >= 9 ? 'good' : score >= 7 ? 'caution' : 'bad';
}

export const TOUCHPOINT_KINDS = ['call', 'email', 'meeting', 'qbr', 'note'] as const;
export const KIND_LABEL: Record<string, string> = { call: 'Call', email: 'Email', meeting: 'Meeting', qbr: 'QBR', note: 'Note' };

/** "high" -> "High": enum-like keys from the backend shown as words. */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
