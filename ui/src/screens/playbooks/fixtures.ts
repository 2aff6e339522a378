// Hand-made answers of the playbooks screen's commands for its tests (nothing in the app imports
// this). As of 2026-06-30; every group, order and count below is visible in the data.
import type { InboxGroup, InboxTask, PlaybookOptions, PlaybookView, RunReport, TaskInbox } from './commands';
import { literal, textOf } from '../../lib/i18n.svelte';

export const AS_OF = '2026-06-30';

export function task(id: number, due_in_days: number | null, extra: Partial<InboxTask> = {}): InboxTask {
  const due = due_in_days === null ? null : new Date(Date.UTC(2026, 5, 30 + due_in_days)).toISOString().slice(0, 10);
  return {
    id,
    title: `Task ${id}`,
    title_text: null,
    account_id: 'ACC-1',
    account_name: 'Acme',
    owner: 'Ana',
    side: 'vendor',
    priority: 'normal',
    due_day: due,
    due_in_days,
    playbook: null,
    playbook_name: null,
    playbook_label: null,
    escalated_at: null,
    notify_manager: false,
    ...extra,
  };
}

/** Each group's name as the backend sends it: a catalogue key. */
const LABELS: Record<InboxGroup, string> = {
  overdue: 'inbox-group-overdue',
  today: 'inbox-group-today',
  this_week: 'inbox-group-this-week',
  later: 'inbox-group-later',
  no_due_date: 'inbox-group-no-due-date',
};

/** An inbox from tasks already in the backend's order; groups follow from `due_in_days`. */
export function inboxOf(tasks: InboxTask[], extra: Partial<TaskInbox> = {}): TaskInbox {
  const groupOf = (d: number | null): InboxGroup => (d === null ? 'no_due_date' : d < 0 ? 'overdue' : d === 0 ? 'today' : d <= 7 ? 'this_week' : 'later');
  const groups = (Object.keys(LABELS) as InboxGroup[]).map((group) => {
    const mine = tasks.filter((t) => groupOf(t.due_in_days) === group);
    return { group, label: { key: LABELS[group], args: {} }, count: mine.length, tasks: mine };
  });
  return { as_of: AS_OF, open: tasks.length, shown: tasks.length, groups, owners: ['', 'Ana', 'Ben'], ...extra };
}

export function makeInbox(): TaskInbox {
  return inboxOf([
    task(2, -10, { priority: 'urgent', side: 'customer', account_id: 'ACC-2', account_name: 'Beta', owner: 'Ben' }),
    task(1, -10, {
      priority: 'high',
      title: 'Review the usage drop',
      playbook: 'usage-drop-rescue',
      playbook_name: 'Usage drop rescue',
      escalated_at: '2026-06-25',
      notify_manager: true,
    }),
    task(5, 0, { priority: 'urgent', side: 'customer' }),
    task(7, 1),
    task(8, 8, { priority: 'high', owner: null, account_id: 'ACC-3', account_name: 'Gamma' }),
    task(9, null, { priority: 'low' }),
  ]);
}

export function playbook(key: string, extra: Partial<PlaybookView> = {}): PlaybookView {
  return {
    key,
    name: `Playbook ${key}`,
    label: null,
    step_labels: [null],
    trigger: { type: 'alert', kind: 'usage_drop' },
    trigger_text: textOf('pb-trigger-alert', { kind: { type: 'term', value: 'ui-pb-alert-usage-drop' } }),
    only_if: null,
    steps: [{ title: 'Review', owner_side: 'vendor', due_offset_days: 3, priority: 'high' }],
    escalation: null,
    escalation_text: null,
    enabled: true,
    builtin: false,
    open_tasks: 0,
    ...extra,
  };
}

export function makePlaybooks(): PlaybookView[] {
  return [
    playbook('usage-drop-rescue', {
      name: 'Usage drop rescue',
      builtin: true,
      open_tasks: 1,
      steps: [
        { title: 'Review the usage drop', owner_side: 'vendor', due_offset_days: 3, priority: 'high' },
        { title: 'Agree the recovery actions', owner_side: 'customer', due_offset_days: 10, priority: 'normal' },
      ],
      escalation: { after_days_overdue: 3, raise_to: 'urgent', notify_manager: true },
      escalation_text: textOf('pb-escalation-notify', { days: { type: 'int', value: 3 }, priority: { type: 'term', value: 'ui-priority-urgent' } }),
    }),
    playbook('quarterly-qbr', { name: 'Quarterly business review', builtin: true, enabled: false, trigger: { type: 'quarterly' }, trigger_text: textOf('pb-trigger-quarterly'), only_if: 'arr >= 10000' }),
    playbook('emea-review', {
      name: 'EMEA review',
      trigger: { type: 'rule', expr: 'region = "EMEA"' },
      trigger_text: textOf('pb-trigger-rule', { expr: { type: 'str', value: 'region = "EMEA"' } }),
      open_tasks: 2,
    }),
  ];
}

export const REPORT: RunReport = {
  as_of: AS_OF,
  created: 2,
  existing: 5,
  escalated: 1,
  by_playbook: [
    { playbook: 'usage-drop-rescue', fired: 1, tasks_created: 2 },
    { playbook: 'quarterly-qbr', fired: 0, tasks_created: 0 },
  ],
};

export const OPTIONS: PlaybookOptions = {
  alert_kinds: ['usage_drop', 'account_silent', 'renewal_risk'],
  stages: ['onboarding', 'adoption', 'value', 'renewal', 'at_risk', 'churned'],
  segments: ['No recent activity', 'Growth'],
  segment_labels: [textOf('segment-inactive'), literal('Growth')],
  rule_fields: ['arr', 'region', 'health'],
};
