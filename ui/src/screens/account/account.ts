// Pure presentation helpers for the Account 360 screen; no I/O, no DOM. Kept out of the
// components so the arithmetic (percent widths, day counts, grouping) is tested on its own.
// Numbers and days go through lib/format.ts and words through the catalogue (ui-account.ftl),
// so this screen writes them exactly as every other screen does, in the current language.
import type { Alert } from '../../lib/bindings/Alert';
import type { MilestoneStatus } from '../../lib/bindings/MilestoneStatus';
import type { ModuleUsage } from '../../lib/bindings/ModuleUsage';
import type { Task } from '../../lib/bindings/Task';
import type { Touchpoint } from '../../lib/bindings/Touchpoint';
import { formatNumber, formatSigned as formatSignedFixed } from '../../lib/format';
import { t } from '../../lib/i18n.svelte';
import type { Tone } from '../../lib/kit';

export { formatDate as formatDay, formatInt, formatMoney, formatPercent, formatRelativeDays as relativeDays } from '../../lib/format';
export { stageLabel } from '../../lib/labels';

/** One decimal at most: hours, points, CSAT. */
export function formatDecimal(x: number | null | undefined): string {
  return formatNumber(x, 1);
}

/** NPS is a signed score from -100 to 100; the sign is part of its meaning. */
export function formatSigned(x: number | null | undefined): string {
  return formatSignedFixed(x === null || x === undefined ? x : Math.round(x));
}

function utcDay(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** Whole days from `from` to `to` (positive when `to` is later); null if either is not a day. */
export function daysBetween(from: string, to: string): number | null {
  const a = utcDay(from);
  const b = utcDay(to);
  return a === null || b === null ? null : Math.round((b - a) / 86_400_000);
}

/** Change in health points, e.g. "+4 pts"; null without an earlier score. */
export function healthChange(score: number | null, before: number | null): { text: string; direction: 'up' | 'down' | 'flat' } | null {
  if (before === null || score === null) return null;
  const delta = score - before;
  return {
    text: t('ui-account-health-points', { delta: formatSignedFixed(delta), count: Math.abs(delta) }),
    direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat',
  };
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

const PHASES: readonly { phase: string; label: () => string }[] = [
  { phase: '30', label: () => t('ui-account-phase-30') },
  { phase: '60', label: () => t('ui-account-phase-60') },
  { phase: '90', label: () => t('ui-account-phase-90') },
  { phase: 'later', label: () => t('ui-account-phase-later') },
];

/** Milestones by plan phase in 30/60/90/later order, by due day inside a phase; empty phases dropped. */
export function groupByPhase(milestones: readonly MilestoneStatus[]): PhaseGroup[] {
  const known = new Set(PHASES.map((p) => p.phase));
  const byDue = [...milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return PHASES.map(({ phase, label }) => ({
    phase,
    label: label(),
    // An unexpected phase value lands in "later" rather than disappearing from the plan.
    milestones: byDue.filter((m) => m.phase === phase || (phase === 'later' && !known.has(m.phase))),
  })).filter((g) => g.milestones.length > 0);
}

/** Status badge of a milestone: tone and words (the words carry the meaning, not the colour). */
export function milestoneBadge(m: MilestoneStatus): { tone: Tone; text: string } {
  const late = m.days_late ?? 0;
  if (m.status === 'done') return { tone: 'good', text: late > 0 ? t('ui-account-milestone-done-late', { count: late }) : t('ui-account-milestone-done') };
  if (m.status === 'overdue') {
    return { tone: 'bad', text: late > 0 ? t('ui-account-milestone-overdue-late', { count: late }) : t('ui-account-milestone-overdue') };
  }
  return { tone: 'neutral', text: t('ui-account-milestone-open') };
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

/** A touchpoint kind in words; a kind logged by another tool is shown as it came. */
export function kindLabel(kind: string): string {
  switch (kind) {
    case 'call':
      return t('ui-account-kind-call');
    case 'email':
      return t('ui-account-kind-email');
    case 'meeting':
      return t('ui-account-kind-meeting');
    case 'qbr':
      return t('ui-account-kind-qbr');
    case 'note':
      return t('ui-account-kind-note');
    default:
      return kind;
  }
}

/** "2 of 4 licensed modules": breadth counts licensed modules when the account has licences,
 *  else every module the product offers (`breadth_basis` says which). */
export function modulesUsed(usage: { modules_used: number; modules_basis: number; breadth_basis: string }): string {
  return t('ui-account-modules-used', { used: usage.modules_used, count: usage.modules_basis, basis: usage.breadth_basis });
}
