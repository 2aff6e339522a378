// The playbooks screen's pure helpers: due-day wording, run summaries, the draft <-> Playbook
// conversion and the steps' reordering.
import { describe, expect, it } from 'vitest';
import { makePlaybooks, REPORT } from './fixtures';
import { literal } from '../../lib/i18n.svelte';
import { byField, draftFrom, dueText, isFormLevel, moveStep, newDraft, remapStepErrors, runLines, runSummary, slug, toPlaybook } from './playbooks';

describe('due days and run reports', () => {
  it('words the due day relative to the as-of day', () => {
    expect(dueText({ due_day: '2026-06-20', due_in_days: -10 })).toBe('Due Jun 20, 2026 · 10 days overdue');
    expect(dueText({ due_day: '2026-06-29', due_in_days: -1 })).toBe('Due Jun 29, 2026 · 1 day overdue');
    expect(dueText({ due_day: '2026-06-30', due_in_days: 0 })).toBe('Due today, Jun 30, 2026');
    expect(dueText({ due_day: '2026-07-01', due_in_days: 1 })).toBe('Due Jul 1, 2026 · in 1 day');
    expect(dueText({ due_day: null, due_in_days: null })).toBe('No due date');
  });

  it('summarises a run and names the playbooks that fired', () => {
    expect(runSummary(REPORT)).toBe('2 new tasks, 5 already there, 1 escalated');
    expect(runSummary({ ...REPORT, created: 1 })).toBe('1 new task, 5 already there, 1 escalated');
    const lines = runLines({ ...REPORT, by_playbook: [...REPORT.by_playbook, { playbook: 'gone', fired: 2, tasks_created: 0 }] }, makePlaybooks());
    expect(lines).toEqual([
      { key: 'usage-drop-rescue', text: 'Usage drop rescue: fired for 1 account, 2 new tasks' },
      { key: 'gone', text: 'gone: fired for 2 accounts, 0 new tasks' },
    ]);
  });
});

describe('drafts', () => {
  it('makes keys from names', () => {
    expect(slug('EMEA expansion review')).toBe('emea-expansion-review');
    expect(slug('  Día 30 — check-in!  ')).toBe('dia-30-check-in');
  });

  it('round-trips a playbook through a draft, and a copy takes a new key', () => {
    const [drop, qbr, mine] = makePlaybooks();
    const back = (p: typeof drop, mode: 'edit' | 'copy') => toPlaybook(draftFrom(p, mode));
    expect(back(mine, 'edit')).toEqual({
      playbook: { key: mine.key, name: mine.name, trigger: mine.trigger, only_if: null, steps: mine.steps, escalation: null, enabled: true, builtin: false },
      errors: [],
    });
    const copy = back(drop, 'copy').playbook;
    expect(copy).toMatchObject({ key: 'usage-drop-rescue-copy', name: 'Usage drop rescue (copy)', builtin: false, enabled: true });
    expect(copy.steps).toEqual(drop.steps);
    expect(copy.escalation).toEqual(drop.escalation);
    expect(back(qbr, 'copy').playbook).toMatchObject({ trigger: { type: 'quarterly' }, only_if: 'arr >= 10000', enabled: true });
  });

  it('keeps each trigger type its own parameter and checks the numbers', () => {
    const d = { ...newDraft(), trigger: 'tenure' as const, tenureDays: 0, onlyIf: '   ', alertKind: 'renewal_risk' };
    d.steps[0].due_offset_days = null;
    const { playbook, errors } = toPlaybook(d);
    expect(playbook.trigger).toEqual({ type: 'tenure', days: 0 });
    expect(playbook.only_if).toBeNull();
    expect(errors.map((e) => e.field)).toEqual(['trigger', 'steps.0.due_offset_days']);
    expect(toPlaybook({ ...d, trigger: 'alert' }).playbook.trigger).toEqual({ type: 'alert', kind: 'renewal_risk' });
    expect(toPlaybook({ ...d, escalate: true, afterDays: 1.5 }).errors.map((e) => e.field)).toContain('escalation');
  });

  it('places errors by field', () => {
    expect(byField([{ field: 'name', message: literal('a') }, { field: 'name', message: literal('b') }, { field: 'key', message: literal('c') }])).toEqual({ name: 'a; b', key: 'c' });
    expect(['key', 'trigger', 'steps.1.title', 'steps.0.due_offset_days'].map((f) => isFormLevel(f, 2))).toEqual([false, false, false, false]);
    expect(['playbook', 'steps.2.title', 'whatever'].map((f) => isFormLevel(f, 2))).toEqual([true, true, true]);
  });

  it('moves a step up or down, and nowhere past the ends', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveStep(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('remapStepErrors', () => {
  it('moves each step error to its step\'s new position and drops a removed step\'s', () => {
    const errors = [
      { field: 'name', message: literal('Give it a name') },
      { field: 'steps.0.title', message: literal('first') },
      { field: 'steps.2.due_offset_days', message: literal('third') },
    ];
    // Steps 10, 11, 12: the third moved to the front, then the first removed.
    expect(remapStepErrors(errors, [10, 11, 12], [12, 10, 11]).map((e) => e.field)).toEqual(['name', 'steps.1.title', 'steps.0.due_offset_days']);
    expect(remapStepErrors(errors, [10, 11, 12], [11, 12]).map((e) => [e.field, e.message])).toEqual([
      ['name', literal('Give it a name')],
      ['steps.1.due_offset_days', literal('third')],
    ]);
  });
});
