// A settings view as the engine returns it for a fresh workspace (default scorecard 20/15/15/
// 15/15/10/5/5 = 100, bands 70/40, default thresholds, Waypoint's brand), for the tests.
import type { SettingsView, Threshold } from './commands';

const COMPONENTS: [string, string, number][] = [
  ['usage_trend', 'Usage trend', 20],
  ['breadth', 'Breadth', 15],
  ['depth', 'Depth', 15],
  ['stickiness', 'Stickiness (DAU/MAU)', 15],
  ['core_users', 'Core users', 15],
  ['nps', 'NPS', 10],
  ['support', 'Support load', 5],
  ['milestones', 'Milestone progress', 5],
];

/** A threshold as the backend names it: catalogue keys built from its id. */
function threshold(key: string, value: number, min: number, max: number, integer = true, step = 1): Threshold {
  const message = `threshold-${key.replace(/_/g, '-')}`;
  const text = (k: string) => ({ key: k, args: {} });
  return { key, label: text(message), hint: text(`${message}.hint`), value, unit: text(`${message}.unit`), min, max, step, integer, default: value };
}

export function makeSettings(over: Partial<SettingsView> = {}): SettingsView {
  return {
    workspace: {
      path: '/home/maya/Waypoint/workspace.waypoint',
      size_bytes: 3_000_000,
      key_storage: 'keyring',
      backup_suggestion: '/home/maya/Waypoint/workspace-backup-2026-10-31.waypoint',
    },
    scorecard: {
      components: COMPONENTS.map(([key, , weight]) => {
        const message = `health-component-${key.replace(/_/g, '-')}`;
        return { key, label: { key: message, args: {} }, hint: { key: `${message}.hint`, args: {} }, weight, default: weight };
      }),
      green_at: 70,
      yellow_at: 40,
      default_green_at: 70,
      default_yellow_at: 40,
      tuned: null,
    },
    thresholds: [
      threshold('drop_threshold', 50, 5, 100, false),
      threshold('silent_days', 7, 1, 365),
      threshold('ticket_spike_factor', 2, 1, 50, false, 0.1),
      threshold('health_drop', 10, 1, 100),
    ],
    brand: {
      company: 'Waypoint',
      accent: '#0072B2',
      dark: '#212529',
      logo: null,
      default_company: 'Waypoint',
      default_accent: '#0072B2',
      default_dark: '#212529',
    },
    reporting_currency: { stored: null },
    warnings: [],
    ...over,
  };
}
