// Test data for the segments screen (nothing in the app imports it). A book of 10 accounts:
// two needs segments plus the inactive one, crossed with two value tiers plus "No ARR".
import type { AccountRow } from '../../lib/api';
import type { Text } from '../../lib/bindings/Text';
import { literal, textOf } from '../../lib/i18n.svelte';
import type { RuleCount, SegmentCard, SegmentMembers, SegmentsView } from './segments';

export const HOSTILE = '<img src=x onerror=alert(1)>';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"></svg>';

/** Each segment's name as the engine labels it (segments::label): its words are messages. */
const LABELS: Record<string, Text> = {
  'Reporting-centric': textOf('segment-centric', { module: { type: 'str', value: 'Reporting' } }),
  'No recent activity': textOf('segment-inactive'),
  'No ARR': textOf('segment-no-arr'),
};
export const segmentText = (name: string): Text => LABELS[name] ?? literal(name);

function card(kind: SegmentCard['kind'], name: string, accounts: number, arr: number, at_risk: number, description: string): SegmentCard {
  return {
    kind,
    name,
    label: segmentText(name),
    description: literal(description),
    dominant_modules: kind === 'needs' && accounts > 1 ? [{ module: 'reporting', name: 'Reporting', share: 0.62 }] : [],
    at_risk,
    at_risk_arr: at_risk * 12_000,
    profile: {
      segment: name,
      accounts,
      paying: accounts,
      arr,
      arr_share: arr / 240_000,
      median_arr: arr / Math.max(1, accounts),
      health_mean: 71.4,
      green: accounts,
      yellow: 0,
      red: 0,
      no_data: 0,
      breadth_mean: 0.5,
      depth_mean: 0.25,
      stickiness_mean: null,
      alerts: 0,
      module_mix: [],
      top_industries: [],
      summary: '',
    },
  };
}

export function view(over: Partial<SegmentsView> = {}): SegmentsView {
  return {
    as_of: '2026-10-31',
    currency: 'USD',
    conversion: null,
    accounts: 10,
    arr: 240_000,
    needs: [
      card('needs', 'Reporting-centric', 6, 150_000, 2, 'Activity: Reporting 62%; breadth 50%, depth 25%'),
      card('needs', HOSTILE, 3, 90_000, 0, 'Activity: Alerting 55%; breadth 40%, depth 30%'),
      card('needs', 'No recent activity', 1, 0, 0, 'No product activity in the last 13 weeks'),
    ],
    value: [
      card('value', 'Starter', 4, 30_000, 1, 'ARR 0 to 10k'),
      card('value', 'Growth', 5, 210_000, 1, 'ARR 10k to 50k'),
      card('value', 'No ARR', 1, 0, 0, 'No running subscription on 2026-10-31'),
    ],
    crosstab: {
      rows: ['Reporting-centric', HOSTILE, 'No recent activity'],
      columns: ['Starter', 'Growth', 'No ARR'],
      row_labels: ['Reporting-centric', HOSTILE, 'No recent activity'].map(segmentText),
      column_labels: ['Starter', 'Growth', 'No ARR'].map(segmentText),
      cells: [
        [
          { accounts: 3, arr: 20_000 },
          { accounts: 3, arr: 130_000 },
          { accounts: 0, arr: 0 },
        ],
        [
          { accounts: 1, arr: 10_000 },
          { accounts: 2, arr: 80_000 },
          { accounts: 0, arr: 0 },
        ],
        [
          { accounts: 0, arr: 0 },
          { accounts: 0, arr: 0 },
          { accounts: 1, arr: 0 },
        ],
      ],
      row_totals: [
        { accounts: 6, arr: 150_000 },
        { accounts: 3, arr: 90_000 },
        { accounts: 1, arr: 0 },
      ],
      column_totals: [
        { accounts: 4, arr: 30_000 },
        { accounts: 5, arr: 210_000 },
        { accounts: 1, arr: 0 },
      ],
      total: { accounts: 10, arr: 240_000 },
      cramers_v: 0.12,
      adjusted_rand: 0.01,
    },
    charts: { module_mix_needs: SVG, module_mix_value: SVG, segment_map: SVG },
    book_fields: [{ field: 'share.reporting', kind: 'number', about: "share of the last 13 weeks' events in Reporting (0-1)" }],
    assigned_since_fit: 0,
    needs_fitted_on: '2026-10-24',
    ...over,
  };
}

export const FIELDS = [
  { field: 'arr', kind: 'number', about: 'ARR = 12 x MRR' },
  { field: 'region', kind: 'text', about: 'region' },
] as const;

export function row(account_id: string, name: string, arr: number): AccountRow {
  return {
    account_id,
    name,
    owner: 'Maya Chen',
    industry: null,
    region: 'EMEA',
    health: 72,
    band: 'green',
    health_change: null,
    arr,
    stage: 'adopt',
    breadth: 0.5,
    usage_change: null,
    monthly_active_users: 12,
    renewal: null,
    alerts: 0,
    at_risk: false,
    needs_segment: 'Reporting-centric',
    value_tier: 'Growth',
  };
}

export function members(name: string, kind: SegmentMembers['kind'] = 'needs'): SegmentMembers {
  const rows = [row('acc-1', 'Acme GmbH', 40_000), row('acc-2', 'Globex', 25_000)];
  const segment_labels = Object.fromEntries([...new Set(rows.flatMap((r) => [r.needs_segment, r.value_tier]))].filter((n) => n !== null).map((n) => [n, segmentText(n)]));
  return { kind, name, label: kind === 'rule' ? literal(name) : segmentText(name), as_of: '2026-10-31', currency: 'USD', arr: 65_000, rows, segment_labels, module_mix: SVG };
}

export function count(accounts: number, expression = 'arr > 50000'): RuleCount {
  const list = [
    { account_id: 'acc-1', name: 'Acme GmbH', arr: 90_000 },
    { account_id: 'acc-2', name: 'Globex', arr: 60_000 },
  ].slice(0, accounts);
  return { expression, accounts, arr: list.reduce((s, m) => s + m.arr, 0), arr_share: 0.5, members: list };
}
