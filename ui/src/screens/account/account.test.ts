// The Account 360 helpers, with expectations worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  barPercent,
  daysBetween,
  formatDay,
  formatMoney,
  formatPercent,
  formatSigned,
  groupByPhase,
  healthChange,
  milestoneBadge,
  relativeDays,
  sortAlerts,
  splitModules,
  splitTasks,
  stageLabel,
} from './account';
import { makeAccount, milestone } from './fixture';

describe('number and day formatting', () => {
  it('formats money in the book currency, whole units, and survives a bad or missing code', () => {
    expect(formatMoney(120000, 'EUR')).toBe('€120,000');
    expect(formatMoney(1234.6, 'USD')).toBe('$1,235');
    expect(formatMoney(5000, null)).toBe('5,000');
    expect(formatMoney(5000, 'not a currency')).toBe('5,000 not a currency');
    expect(formatMoney(null, 'EUR')).toBe('—');
  });

  it('formats percent and signed scores', () => {
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(null)).toBe('—');
    expect(formatSigned(20)).toBe('+20');
    expect(formatSigned(-33.4)).toBe('-33');
    expect(formatSigned(0)).toBe('0');
  });

  it('counts calendar days without time-zone drift', () => {
    expect(daysBetween('2025-06-30', '2025-08-14')).toBe(45);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // leap year
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2); // across the EU DST switch
    expect(daysBetween('2025-06-30', 'soon')).toBeNull();
    expect(formatDay('2025-08-14')).toBe('Aug 14, 2025');
    expect(formatDay(null)).toBe('—');
    expect(relativeDays(45)).toBe('in 45 days');
    expect(relativeDays(1)).toBe('in 1 day');
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(-3)).toBe('3 days ago');
  });

  it('words the health change in points, or nothing without an earlier score', () => {
    expect(healthChange(72, 68)).toEqual({ text: '+4 pts', direction: 'up' });
    expect(healthChange(60, 61)).toEqual({ text: '-1 pt', direction: 'down' });
    expect(healthChange(50, 50)).toEqual({ text: '0 pts', direction: 'flat' });
    expect(healthChange(50, null)).toBeNull();
  });

  it('labels lifecycle stages, known or not', () => {
    expect(stageLabel('at_risk')).toBe('At risk');
    expect(stageLabel('expansion_ready')).toBe('Expansion ready');
  });
});

describe('barPercent', () => {
  it('is points over max points in percent, one decimal, clamped', () => {
    expect(barPercent(15, 20)).toBe(75);
    expect(barPercent(3.3, 15)).toBe(22);
    expect(barPercent(1, 3)).toBe(33.3);
    expect(barPercent(0, 0)).toBe(0);
    expect(barPercent(25, 20)).toBe(100);
  });
});

describe('groupByPhase', () => {
  it('orders phases 30/60/90/later, milestones by due day, and drops empty phases', () => {
    const groups = groupByPhase(makeAccount().profile.success_plan.milestones);
    expect(groups.map((g) => [g.phase, g.milestones.map((m) => m.id)])).toEqual([
      ['30', ['m-kick', 'm-sso']],
      ['60', ['m-train']],
      ['90', ['m-review']],
      ['later', ['m-later']],
    ]);
    expect(groupByPhase([milestone('a', '60', 'open', '2025-01-01')]).map((g) => g.label)).toEqual(['Days 31–60']);
  });

  it('puts an unknown phase under "later" instead of losing it', () => {
    expect(groupByPhase([milestone('x', '120', 'open', '2025-01-01')]).map((g) => g.phase)).toEqual(['later']);
  });
});

describe('milestoneBadge', () => {
  it('says done, overdue with days late, or open', () => {
    expect(milestoneBadge(milestone('a', '30', 'done', '2025-01-01', { days_late: 2 }))).toEqual({ tone: 'good', text: 'Done, 2 days late' });
    expect(milestoneBadge(milestone('a', '30', 'done', '2025-01-01', { days_late: -3 }))).toEqual({ tone: 'good', text: 'Done' });
    expect(milestoneBadge(milestone('a', '30', 'overdue', '2025-01-01', { days_late: 1 }))).toEqual({ tone: 'bad', text: 'Overdue, 1 day late' });
    expect(milestoneBadge(milestone('a', '30', 'open', '2025-01-01'))).toEqual({ tone: 'neutral', text: 'Open' });
  });
});

describe('lists', () => {
  it('sorts alerts by since, newest first', () => {
    expect(sortAlerts(makeAccount().profile.alerts).map((a) => a.since)).toEqual(['2025-06-20', '2025-06-01', '2025-05-15']);
  });

  it('splits modules into used (most events first) and unused (licensed first)', () => {
    const { used, unused } = splitModules(makeAccount().profile.usage.modules);
    expect(used.map((m) => m.name)).toEqual(['Dashboards', 'Funnels']);
    expect(unused.map((m) => m.name)).toEqual(['Alerting', 'Exports']);
  });

  it('splits tasks into open and completed, keeping the backend order', () => {
    const { open, done } = splitTasks(makeAccount().tasks);
    expect(open.map((t) => t.id)).toEqual([11, 12]);
    expect(done.map((t) => t.id)).toEqual([13]);
  });
});
