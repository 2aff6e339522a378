// A hand-made Account360 for the screen's tests (nothing in the app imports this). Values are
// chosen so every expectation can be worked out by hand: see the comments next to them.
import type { Account360 } from '../../lib/api';
import { literal, textOf } from '../../lib/i18n.svelte';
import type { MilestoneStatus } from '../../lib/bindings/MilestoneStatus';
import type { Text } from '../../lib/bindings/Text';

/** An engine sentence as the backend sends it: a catalogue key and typed arguments. */
function text(key: string, args: Text['args'] = {}): Text {
  return { key, args };
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="10" height="10"/></svg>';

export function milestone(id: string, phase: string, status: string, due: string, extra: Partial<MilestoneStatus> = {}): MilestoneStatus {
  return {
    id,
    title: `Milestone ${id}`,
    owner_side: 'vendor',
    due,
    completed: status === 'done' ? due : null,
    status,
    days_late: null,
    phase,
    ...extra,
  };
}

export function makeAccount(overrides: { name?: string; comment?: string; milestones?: MilestoneStatus[] } = {}): Account360 {
  const milestones = overrides.milestones ?? [
    milestone('m-later', 'later', 'open', '2025-09-15'),
    milestone('m-kick', '30', 'done', '2025-01-20', { title: 'Kickoff call', days_late: 2 }),
    milestone('m-sso', '30', 'overdue', '2025-06-25', { title: 'SSO configured', owner_side: 'customer', days_late: 5 }),
    milestone('m-train', '60', 'open', '2025-07-10'),
    milestone('m-review', '90', 'done', '2025-03-01'),
  ];
  const count = (s: string) => milestones.filter((m) => m.status === s).length;
  const next = milestones.filter((m) => m.status !== 'done').sort((a, b) => a.due.localeCompare(b.due))[0] ?? null;
  return {
    as_of: '2025-06-30',
    currency: 'EUR',
    needs_segment: 'Growth seekers',
    value_tier: 'Enterprise',
    needs_label: literal('Growth seekers'),
    value_label: literal('Enterprise'),
    charts: { module_stack: SVG, users: SVG, health: SVG, milestones: SVG },
    profile: {
      currency: 'EUR',
      account_id: 'acme',
      name: overrides.name ?? 'Acme Analytics',
      owner: 'Dana Lee',
      industry: 'Retail',
      region: 'EMEA',
      employees: 800,
      attributes: {},
      mrr: 10000,
      arr: 120000, // "€120,000"
      customer_since: '2025-01-01',
      renewal: '2025-08-14', // 45 days after 2025-06-30: 31 to Jul 31, 14 more to Aug 14
      mrr_history: [],
      health_history: [],
      health_before: 68, // score 72 -> "+4 pts"
      health: {
        account_id: 'acme',
        day: '2025-06-30',
        score: 72,
        reason: null,
        band: 'green',
        components: [
          { key: 'usage_trend', label: text('health-component-usage-trend'), value: 0.1, normalized: 0.75, weight: 20, points: 15, max_points: 20, detail: text('health-detail-usage-trend', { change: { type: 'change', value: 0.1 }, events: { type: 'int', value: 1100 }, before: { type: 'int', value: 1000 } }) },
          { key: 'breadth', label: text('health-component-breadth'), value: 0.5, normalized: 0.5, weight: 15, points: 7.5, max_points: 15, detail: text('health-detail-breadth-licensed', { used: { type: 'int', value: 2 }, total: { type: 'int', value: 4 } }) },
          { key: 'depth', label: text('health-component-depth'), value: 0.11, normalized: 0.22, weight: 15, points: 3.3, max_points: 15, detail: text('health-detail-depth', { value_users: { type: 'int', value: 12 }, active: { type: 'int', value: 1234 } }) },
          { key: 'nps', label: text('health-component-nps'), value: null, normalized: null, weight: 10, points: 0, max_points: 0, detail: text('health-detail-nps-none', { days: { type: 'int', value: 180 } }) },
        ],
      },
      usage: {
        account_id: 'acme',
        events_week: 300,
        events_prev_week: 280,
        wow_change: 0.07,
        events_month: 1020,
        events_prev_month: 930,
        mom_change: 0.1,
        monthly_active_users: 1234, // "1,234"
        average_daily_users: 310.25,
        stickiness: 0.25,
        modules_used: 2,
        modules_basis: 4,
        breadth_basis: 'licensed',
        breadth: 0.5, // "50%"
        value_users: 12,
        depth: 0.11,
        value_events_month: 40,
        core_users: [],
        core_active_share: null,
        last_active: '2025-06-30',
        days_since_active: 0,
        first_value: '2025-02-01',
        time_to_value_days: 31,
        modules: [
          { module: 'funnels', name: 'Funnels', licensed: true, events_week: 30, events_month: 120, events_prev_month: 100, value_events_month: 10, share_quarter: 0.12, weekly_events: [] },
          { module: 'alerts', name: 'Alerting', licensed: true, events_week: 0, events_month: 0, events_prev_month: 0, value_events_month: 0, share_quarter: 0, weekly_events: [] },
          { module: 'dash', name: 'Dashboards', licensed: true, events_week: 270, events_month: 900, events_prev_month: 830, value_events_month: 30, share_quarter: 0.88, weekly_events: [] },
          { module: 'exports', name: 'Exports', licensed: false, events_week: 0, events_month: 0, events_prev_month: 0, value_events_month: 0, share_quarter: 0, weekly_events: [] },
        ],
      },
      alerts: [
        { account_id: 'acme', account_name: 'Acme', kind: 'usage_drop', severity: 'medium', message: text('alert-usage-drop', { drop: { type: 'percent', value: 0.3 }, events: { type: 'int', value: 70 }, day: { type: 'day', value: '2025-06-07' }, before: { type: 'int', value: 100 } }), since: '2025-06-01', value: null, baseline: null, change: null },
        { account_id: 'acme', account_name: 'Acme', kind: 'ticket_spike', severity: 'high', message: text('alert-ticket-spike', { count: { type: 'int', value: 6 }, baseline: { type: 'number', value: { value: 1.5, decimals: 1 } } }), since: '2025-06-20', value: null, baseline: null, change: null },
        { account_id: 'acme', account_name: 'Acme', kind: 'unused_modules', severity: 'low', message: text('alert-unused-modules', { unused: { type: 'int', value: 1 }, licensed: { type: 'int', value: 4 }, modules: { type: 'list', value: ['Alerting'] }, onboarded: { type: 'day', value: '2025-05-15' } }), since: '2025-05-15', value: null, baseline: null, change: null },
      ],
      lifecycle: { stage: 'adoption', source: 'derived', reason: text('stage-reason-narrow', { used: { type: 'int', value: 2 }, total: { type: 'int', value: 4 } }) },
      success_plan: {
        milestones,
        done: count('done'),
        overdue: count('overdue'),
        open: count('open'),
        overdue_customer: 0,
        overdue_vendor: 0,
        next_step: next,
        next_owed_by: next?.owner_side ?? null,
      },
      nps: {
        nps: 20, // "+20"
        responses: 5,
        promoters: 2,
        passives: 2,
        detractors: 1,
        latest: [
          { day: '2025-06-10', score: 4, comment: overrides.comment ?? 'Exports keep timing out' },
          { day: '2025-05-02', score: 9, comment: null },
        ],
      },
      support: {
        tickets_90d: 7,
        open: 2,
        urgent_or_high: 1,
        median_first_response_hours: 3.5,
        median_resolution_hours: 26,
        csat: 4.25, // "4.3 / 5"
      },
    },
    tasks: [
      { id: 11, account_id: 'acme', account_name: 'Acme', playbook: 'usage-drop-rescue', title: 'Review the usage drop by module and user with the champion', title_text: textOf('pb-builtin-usage-drop-rescue-step-1'), playbook_label: textOf('pb-builtin-usage-drop-rescue'), owner: 'Dana Lee', owner_side: 'vendor', priority: 'high', due_day: '2025-06-25', created_at: '2025-06-20', completed_at: null, escalated_at: null, notify_manager: false, overdue: true },
      { id: 12, account_id: 'acme', account_name: 'Acme', playbook: null, title: 'Send recap', title_text: null, playbook_label: null, owner: 'Dana Lee', owner_side: 'vendor', priority: 'normal', due_day: '2025-07-05', created_at: '2025-06-28', completed_at: null, escalated_at: null, notify_manager: false, overdue: false },
      { id: 13, account_id: 'acme', account_name: 'Acme', playbook: null, title: 'Book QBR', title_text: null, playbook_label: null, owner: 'Dana Lee', owner_side: 'vendor', priority: 'low', due_day: '2025-06-01', created_at: '2025-05-20', completed_at: '2025-05-30', escalated_at: null, notify_manager: false, overdue: false },
    ],
    touchpoints: [
      { account_id: 'acme', kind: 'call', day: '2025-06-12', owner: 'Dana Lee', summary: 'Discussed exports' },
      { account_id: 'acme', kind: 'qbr', day: '2025-06-20', owner: null, summary: 'Q2 review' },
    ],
  };
}
