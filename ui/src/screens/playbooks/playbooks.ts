// Pure helpers for the playbooks screen; no I/O, no DOM. The editor works on a flat draft (one
// field per input, numbers as the inputs give them) and turns it into the Rust `Playbook` only
// on save, so switching the trigger type back and forth keeps what was typed for each type.
import type { Tone } from '../../lib/kit';
import { plural } from '../../lib/format';
import { formatDay } from '../account/account';
import type { FieldError, InboxFilter, InboxTask, PlaybookView, Priority, Playbook, RunReport, Side, Trigger } from './commands';

export const PRIORITIES: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];
export const PRIORITY_LABEL: Record<Priority, string> = { urgent: 'Urgent', high: 'High', normal: 'Normal', low: 'Low' };
export const PRIORITY_TONE: Record<Priority, Tone> = { urgent: 'bad', high: 'caution', normal: 'neutral', low: 'neutral' };
export const SIDES: readonly Side[] = ['vendor', 'customer'];
export const SIDE_LABEL: Record<Side, string> = { customer: 'Customer', vendor: 'Vendor' };
export const SIDE_TONE: Record<Side, Tone> = { customer: 'info', vendor: 'neutral' };

export const NO_FILTER: InboxFilter = { owner: null, side: null, priority: null };


/** "Due Jun 20, 2026 · 10 days overdue": relative to the book's as-of day, not the clock. */
export function dueText(t: Pick<InboxTask, 'due_day' | 'due_in_days'>): string {
  if (!t.due_day || t.due_in_days === null) return 'No due date';
  const d = t.due_in_days;
  if (d === 0) return `Due today, ${formatDay(t.due_day)}`;
  return `Due ${formatDay(t.due_day)} · ${d < 0 ? `${plural(-d, 'day')} overdue` : `in ${plural(d, 'day')}`}`;
}

/** The escalation marker's hover text: when, and whether the manager was told. */
export function escalationTitle(t: Pick<InboxTask, 'escalated_at' | 'notify_manager'>): string {
  return `Escalated on ${formatDay(t.escalated_at)}${t.notify_manager ? '; the manager is notified' : ''}`;
}

/** "3 new tasks, 5 already there, 1 escalated". */
export function runSummary(r: RunReport): string {
  return `${plural(r.created, 'new task')}, ${r.existing} already there, ${r.escalated} escalated`;
}

/** The playbooks that fired in a run, by name where known. */
export function runLines(r: RunReport, list: readonly PlaybookView[]): { key: string; text: string }[] {
  const names = new Map(list.map((p) => [p.key, p.name]));
  return r.by_playbook
    .filter((c) => c.fired > 0)
    .map((c) => ({ key: c.playbook, text: `${names.get(c.playbook) ?? c.playbook}: fired for ${plural(c.fired, 'account')}, ${plural(c.tasks_created, 'new task')}` }));
}

export type TriggerType = Trigger['type'];
export const TRIGGER_LABEL: Record<TriggerType, string> = {
  alert: 'An alert starts',
  segment: 'The account is in a segment',
  rule: 'The account matches a rule (checked once a quarter)',
  stage: 'The account enters a lifecycle stage',
  quarterly: 'Every quarter (paying accounts)',
  tenure: 'Days after the first subscription',
};
export const TRIGGER_TYPES = Object.keys(TRIGGER_LABEL) as TriggerType[];

/** Snake-case keys from the backend ("usage_drop", "at_risk") as words. */
export function words(key: string): string {
  const text = key.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  const t = p.trigger;
  if (t.type === 'alert') d.alertKind = t.kind;
  else if (t.type === 'segment') d.segment = t.segment;
  else if (t.type === 'rule') d.expr = t.expr;
  else if (t.type === 'stage') d.stage = t.stage;
  else if (t.type === 'tenure') d.tenureDays = t.days;
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
    d.name = `${p.name} (copy)`;
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
  if (d.trigger === 'tenure' && !whole(d.tenureDays, 1)) errors.push({ field: 'trigger', message: 'Enter a whole number of days, at least 1' });
  d.steps.forEach((s, i) => {
    if (!whole(s.due_offset_days, 0)) errors.push({ field: `steps.${i}.due_offset_days`, message: 'Enter whole days, 0 or more' });
  });
  if (d.escalate && !whole(d.afterDays, 0)) errors.push({ field: 'escalation', message: 'Enter whole days, 0 or more' });
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
  for (const e of errors) out[e.field] = out[e.field] ? `${out[e.field]}; ${e.message}` : e.message;
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
