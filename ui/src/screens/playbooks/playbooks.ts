// Pure helpers for the playbooks screen; no I/O, no DOM. The editor works on a flat draft (one
// field per input, numbers as the inputs give them) and turns it into the Rust `Playbook` only
// on save, so switching the trigger type back and forth keeps what was typed for each type.
import type { Tone } from '../../lib/kit';
import { formatDate, formatPercent, formatSigned } from '../../lib/format';
import { renderText, t, textOf } from '../../lib/i18n.svelte';
import { storedWords } from '../../lib/labels';
// Priorities, sides and stages are named once for the whole app.
export { priorityLabel, sideLabel, stageLabel } from '../../lib/labels';
import type { FieldError, InboxFilter, InboxTask, PlaybookEffect, PlaybookView, Priority, Playbook, RunReport, Side, Trigger } from './commands';

export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];
export const PRIORITY_TONE: Record<Priority, Tone> = { urgent: 'bad', high: 'caution', normal: 'neutral', low: 'neutral' };
export const SIDES: readonly Side[] = ['vendor', 'customer'];
export const SIDE_TONE: Record<Side, Tone> = { customer: 'info', vendor: 'neutral' };

export const NO_FILTER: InboxFilter = { owner: null, side: null, priority: null };


/** "Due Jun 20, 2026 · 10 days overdue": relative to the book's as-of day, not the clock. */
export function dueText(task: Pick<InboxTask, 'due_day' | 'due_in_days'>): string {
  if (!task.due_day || task.due_in_days === null) return t('ui-pb-due-none');
  const d = task.due_in_days;
  const date = formatDate(task.due_day);
  if (d === 0) return t('ui-pb-due-today', { date });
  return d < 0 ? t('ui-pb-due-overdue', { date, count: -d }) : t('ui-pb-due-in', { date, count: d });
}

/** The escalation marker's hover text: when, and whether the manager was told. */
export function escalationTitle(task: Pick<InboxTask, 'escalated_at' | 'notify_manager'>): string {
  const date = formatDate(task.escalated_at);
  return task.notify_manager ? t('ui-pb-escalated-on-notified', { date }) : t('ui-pb-escalated-on', { date });
}

/** "3 new tasks, 5 already there, 1 escalated". */
export function runSummary(r: RunReport): string {
  return t('ui-pb-run-summary', { created: r.created, existing: r.existing, escalated: r.escalated });
}

/** The playbooks that fired in a run, by name where known. */
export function runLines(r: RunReport, list: readonly PlaybookView[]): { key: string; text: string }[] {
  const names = new Map(list.map((p) => [p.key, storedWords(p.name, p.label)]));
  return r.by_playbook
    .filter((c) => c.fired > 0)
    .map((c) => ({ key: c.playbook, text: t('ui-pb-run-line', { name: names.get(c.playbook) ?? c.playbook, fired: c.fired, created: c.tasks_created }) }));
}

export type TriggerType = Trigger['type'];
export const TRIGGER_TYPES: readonly TriggerType[] = ['alert', 'segment', 'rule', 'stage', 'quarterly', 'tenure'];

/** What starts a playbook, as the trigger menu says it. */
export function triggerLabel(type: TriggerType): string {
  switch (type) {
    case 'alert':
      return t('ui-pb-trigger-alert');
    case 'segment':
      return t('ui-pb-trigger-segment');
    case 'rule':
      return t('ui-pb-trigger-rule');
    case 'stage':
      return t('ui-pb-trigger-stage');
    case 'quarterly':
      return t('ui-pb-trigger-quarterly');
    case 'tenure':
      return t('ui-pb-trigger-tenure');
  }
}

/** Snake-case keys from the backend ("usage_drop", "at_risk") as words: the fallback for a
 *  key newer than this UI's messages. */
export function words(key: string): string {
  const text = key.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An alert kind's name (AlertKind in lib/bindings); an unknown kind in words. */
export function alertKindLabel(kind: string): string {
  switch (kind) {
    case 'usage_drop':
      return t('ui-pb-alert-usage-drop');
    case 'account_silent':
      return t('ui-pb-alert-account-silent');
    case 'core_users_silent':
      return t('ui-pb-alert-core-users-silent');
    case 'unused_modules':
      return t('ui-pb-alert-unused-modules');
    case 'nps_detractor':
      return t('ui-pb-alert-nps-detractor');
    case 'ticket_spike':
      return t('ui-pb-alert-ticket-spike');
    case 'renewal_risk':
      return t('ui-pb-alert-renewal-risk');
    default:
      return words(kind);
  }
}

export interface StepDraft {
  /** Keys the row in the list, so reordering moves inputs with their values. */
  uid: number;
  title: string;
  owner_side: Side;
  /** A number input's value: null while empty. */
  due_offset_days: number | null;
  priority: Priority;
}

export interface Draft {
  /** new: blank; edit: one of the user's playbooks (the key is fixed); copy: a built-in's copy. */
  mode: 'new' | 'edit' | 'copy';
  key: string;
  name: string;
  trigger: TriggerType;
  alertKind: string;
  segment: string;
  expr: string;
  stage: string;
  tenureDays: number | null;
  onlyIf: string;
  steps: StepDraft[];
  escalate: boolean;
  afterDays: number | null;
  raiseTo: Priority;
  notifyManager: boolean;
  enabled: boolean;
}

let nextUid = 1;
export function newStep(partial: Partial<Omit<StepDraft, 'uid'>> = {}): StepDraft {
  return { uid: nextUid++, title: '', owner_side: 'vendor', due_offset_days: 7, priority: 'normal', ...partial };
}

export function newDraft(): Draft {
  return {
    mode: 'new',
    key: '',
    name: '',
    trigger: 'alert',
    alertKind: 'usage_drop',
    segment: '',
    expr: '',
    stage: 'onboarding',
    tenureDays: 30,
    onlyIf: '',
    steps: [newStep()],
    escalate: false,
    afterDays: 3,
    raiseTo: 'urgent',
    notifyManager: false,
    enabled: true,
  };
}

/** A draft of an existing playbook: to edit it (the user's own) or to copy it (a built-in). */
export function draftFrom(p: PlaybookView, mode: 'edit' | 'copy'): Draft {
  const d: Draft = { ...newDraft(), mode, name: p.name, key: p.key, trigger: p.trigger.type, onlyIf: p.only_if ?? '', enabled: p.enabled };
  const trig = p.trigger;
  if (trig.type === 'alert') d.alertKind = trig.kind;
  else if (trig.type === 'segment') d.segment = trig.segment;
  else if (trig.type === 'rule') d.expr = trig.expr;
  else if (trig.type === 'stage') d.stage = trig.stage;
  else if (trig.type === 'tenure') d.tenureDays = trig.days;
  d.steps = p.steps.map((s) => newStep({ ...s }));
  if (p.escalation) {
    d.escalate = true;
    d.afterDays = p.escalation.after_days_overdue;
    d.raiseTo = p.escalation.raise_to;
    d.notifyManager = p.escalation.notify_manager;
  }
  if (mode === 'copy') {
    // Built-in keys are reserved; the copy starts switched on, the built-in can be turned off.
    d.key = `${p.key}-copy`;
    d.name = t('ui-pb-copy-name', { name: p.name });
    d.enabled = true;
  }
  return d;
}

/** A key from a name: "EMEA expansion review" -> "emea-expansion-review". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const U32_MAX = 4_294_967_295;
const whole = (x: number | null, min: number): x is number => x !== null && Number.isInteger(x) && x >= min && x <= U32_MAX;

function trigger(d: Draft): Trigger {
  switch (d.trigger) {
    case 'alert':
      return { type: 'alert', kind: d.alertKind };
    case 'segment':
      return { type: 'segment', segment: d.segment.trim() };
    case 'rule':
      return { type: 'rule', expr: d.expr.trim() };
    case 'stage':
      return { type: 'stage', stage: d.stage };
    case 'quarterly':
      return { type: 'quarterly' };
    case 'tenure':
      return { type: 'tenure', days: d.tenureDays ?? 0 };
  }
}

/**
 * The playbook to send, or the problems only the UI can see: numbers the inputs left empty or
 * fractional, which would not even reach Rust as a `u32`. Everything else is checked by
 * `validate_playbook`, so the rules live in one place.
 */
export function toPlaybook(d: Draft): { playbook: Playbook; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (d.trigger === 'tenure' && !whole(d.tenureDays, 1)) errors.push({ field: 'trigger', message: textOf('ui-pb-error-tenure') });
  d.steps.forEach((s, i) => {
    if (!whole(s.due_offset_days, 0)) errors.push({ field: `steps.${i}.due_offset_days`, message: textOf('ui-pb-error-days') });
  });
  if (d.escalate && !whole(d.afterDays, 0)) errors.push({ field: 'escalation', message: textOf('ui-pb-error-days') });
  const playbook: Playbook = {
    key: d.key.trim(),
    name: d.name.trim(),
    trigger: trigger(d),
    only_if: d.onlyIf.trim() === '' ? null : d.onlyIf.trim(),
    steps: d.steps.map((s) => ({ title: s.title.trim(), owner_side: s.owner_side, due_offset_days: s.due_offset_days ?? 0, priority: s.priority })),
    escalation: d.escalate ? { after_days_overdue: d.afterDays ?? 0, raise_to: d.raiseTo, notify_manager: d.notifyManager } : null,
    enabled: d.enabled,
    builtin: false,
  };
  return { playbook, errors };
}

/** Messages by field; a field with several problems shows them all. */
export function byField(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const message = renderText(e.message);
    out[e.field] = out[e.field] ? `${out[e.field]}; ${message}` : message;
  }
  return out;
}

/** Fields the form shows next to an input; anything else is shown above the form. */
export function isFormLevel(field: string, stepCount: number): boolean {
  if (['key', 'name', 'trigger', 'only_if', 'steps', 'escalation'].includes(field)) return false;
  const m = /^steps\.(\d+)\.(title|due_offset_days)$/.exec(field);
  return !(m && Number(m[1]) < stepCount);
}

/**
 * Errors name steps by position (`steps.<i>.title`), as reported for the order then on screen.
 * After steps move or go, each step error follows its step (by draft id) to its new position,
 * and the errors of a removed step go with it.
 */
export function remapStepErrors(errors: readonly FieldError[], before: readonly number[], after: readonly number[]): FieldError[] {
  return errors.flatMap((e) => {
    const m = /^steps\.(\d+)\.(.+)$/.exec(e.field);
    if (!m) return [e];
    const to = after.indexOf(before[Number(m[1])]);
    return to < 0 ? [] : [{ ...e, field: `steps.${to}.${m[2]}` }];
  });
}

/** The steps with the one at `index` moved by `delta` (-1 up, +1 down); unchanged at the ends. */
export function moveStep<T>(steps: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const out = [...steps];
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

/** The effect badge: works (less churn or better health, shown with evidence), backfires, or not proven. */
export function effectBadge(e: PlaybookEffect): { tone: Tone; label: string } {
  const key = e.verdict.key;
  if (e.enough_evidence && (key === 'effect-lower-churn' || key === 'effect-better-health')) return { tone: 'good', label: t('ui-pb-effect-works') };
  if (e.enough_evidence) return { tone: 'bad', label: t('ui-pb-effect-backfires') };
  return { tone: 'neutral', label: t('ui-pb-effect-unproven') };
}

/** Counts, churn and health differences with their intervals, as one line. */
export function effectLine(e: PlaybookEffect): string {
  // Compared episodes when there is a comparison; all episodes when there is none.
  if (e.churn_difference === null) return t('ui-pb-effect-counts', { treated: e.treated, control: e.control });
  const counts = t('ui-pb-effect-counts', { treated: e.matched_treated, control: e.matched_control });
  const pts = (x: number | null) => formatSigned(x === null ? null : 100 * x, 1);
  const churn = t('ui-pb-effect-churn', {
    treated: formatPercent(e.churn_treated, 1),
    control: formatPercent(e.churn_control, 1),
    difference: pts(e.churn_difference),
    low: pts(e.churn_low),
    high: pts(e.churn_high),
  });
  const health = e.health_difference === null ? '' : ` · ${t('ui-pb-effect-health', { difference: formatSigned(e.health_difference, 1), low: formatSigned(e.health_low, 1), high: formatSigned(e.health_high, 1) })}`;
  return `${counts} · ${churn}${health}`;
}
