// The playbooks screen against mocked commands: the inbox's groups, filters and Done; the
// playbook list's toggles and Run now. The editor is tested in PlaybookEditor.test.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { get } from 'svelte/store';
import { clearToasts, toasts } from '../../lib/kit';
import { inboxOf, makeInbox, makePlaybooks, OPTIONS, REPORT, task } from './fixtures';

const api = vi.hoisted(() => ({ completeTask: vi.fn() }));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));
const cmd = vi.hoisted(() => ({
  taskInbox: vi.fn(),
  playbooks: vi.fn(),
  playbookOptions: vi.fn(),
  validatePlaybook: vi.fn(),
  savePlaybook: vi.fn(),
  setPlaybookEnabled: vi.fn(),
  runPlaybooks: vi.fn(),
  playbookEffects: vi.fn(),
}));
vi.mock('./commands', () => cmd);

const { ApiError } = await import('../../lib/api');
const { default: Playbooks } = await import('./Playbooks.svelte');

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

beforeEach(() => {
  for (const fn of [...Object.values(api), ...Object.values(cmd)]) fn.mockReset();
  cmd.taskInbox.mockResolvedValue(makeInbox());
  cmd.playbooks.mockResolvedValue(makePlaybooks());
  cmd.playbookOptions.mockResolvedValue(OPTIONS);
  clearToasts();
});

async function open(onopenaccount = vi.fn()) {
  render(Playbooks, { onopenaccount });
  await screen.findByTestId('inbox');
  return onopenaccount;
}

async function openPlaybooksTab() {
  await fireEvent.click(screen.getByRole('tab', { name: /Playbooks/ }));
  await screen.findAllByTestId('playbook');
}

describe('inbox', () => {
  it('shows the five groups in order with counts, tasks in the backend order, and their badges', async () => {
    const onopenaccount = await open();
    expect(screen.getByTestId('playbooks')).toBeTruthy();
    expect(cmd.taskInbox).toHaveBeenCalledWith({ owner: null, side: null, priority: null });
    const groups = screen.getAllByTestId('inbox-group');
    const summary = groups.map((g) => [g.dataset.group, text(within(g).getByTestId('group-count')), within(g).queryAllByTestId('inbox-task').map((t) => t.dataset.taskId)]);
    expect(summary).toEqual([
      ['overdue', '2', ['2', '1']],
      ['today', '1', ['5']],
      ['this_week', '1', ['7']],
      ['later', '1', ['8']],
      ['no_due_date', '1', ['9']],
    ]);
    expect(text(screen.getByTestId('inbox-count'))).toBe('6 of 6 open tasks · as of Jun 30, 2026');

    const escalated = document.querySelector<HTMLElement>('[data-task-id="1"]')!;
    expect(text(escalated)).toContain('Review the usage drop');
    expect(text(escalated)).toContain('High');
    expect(text(escalated)).toContain('Vendor');
    expect(text(escalated)).toContain('Due Jun 20, 2026 · 10 days overdue');
    expect(text(escalated)).toContain('Usage drop rescue');
    expect(within(escalated).getByTestId('task-escalated').querySelector('[title]')?.getAttribute('title')).toBe('Escalated on Jun 25, 2026; the manager is notified');
    const customer = document.querySelector<HTMLElement>('[data-task-id="2"]')!;
    expect(text(customer)).toContain('Urgent');
    expect(text(customer)).toContain('Customer');
    expect(within(customer).queryByTestId('task-escalated')).toBeNull();
    expect(text(document.querySelector('[data-task-id="5"] [data-testid="task-due"]'))).toBe('Due today, Jun 30, 2026');
    expect(text(document.querySelector('[data-task-id="8"]'))).toContain('No owner');
    expect(text(document.querySelector('[data-task-id="9"] [data-testid="task-due"]'))).toBe('No due date');

    await fireEvent.click(within(customer).getByTestId('task-account'));
    expect(onopenaccount).toHaveBeenCalledWith('ACC-2');
  });

  it('Done also refreshes the open-task counts of a playbook list already loaded', async () => {
    await open();
    await openPlaybooksTab();
    expect(cmd.playbooks).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByRole('tab', { name: /Inbox/ }));
    api.completeTask.mockResolvedValueOnce(undefined);
    await fireEvent.click(document.querySelector<HTMLButtonElement>('[data-task-id="1"] [data-testid="task-done"]')!);
    await waitFor(() => expect(cmd.playbooks).toHaveBeenCalledTimes(2));
    expect(cmd.taskInbox).toHaveBeenCalledTimes(2);
  });

  it('Done completes the task, disables its button meanwhile, then reloads the inbox', async () => {
    let finish!: () => void;
    api.completeTask.mockReturnValueOnce(new Promise<void>((r) => (finish = r)));
    await open();
    const after = makeInbox();
    after.groups[0].tasks = after.groups[0].tasks.filter((t) => t.id !== 1);
    after.groups[0].count = 1;
    after.open = after.shown = 5;
    cmd.taskInbox.mockResolvedValueOnce(after);
    const button = document.querySelector<HTMLButtonElement>('[data-task-id="1"] [data-testid="task-done"]')!;
    await fireEvent.click(button);
    expect(api.completeTask).toHaveBeenCalledWith(1);
    expect(button.disabled).toBe(true);
    expect(cmd.taskInbox).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(cmd.taskInbox).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(document.querySelector('[data-task-id="1"]')).toBeNull());
    expect(text(screen.getByTestId('inbox-count'))).toBe('5 of 5 open tasks · as of Jun 30, 2026');
  });

  it('a failed Done is a bad toast and keeps the task', async () => {
    api.completeTask.mockRejectedValueOnce(new ApiError('unknown_task', 'unknown task 1'));
    await open();
    await fireEvent.click(document.querySelector('[data-task-id="1"] [data-testid="task-done"]')!);
    await waitFor(() => expect(get(toasts)).toHaveLength(1));
    expect(get(toasts)[0]).toMatchObject({ tone: 'bad', message: 'Could not complete “Review the usage drop”: unknown task 1' });
    expect(cmd.taskInbox).toHaveBeenCalledTimes(1);
  });

  it('filters by owner (including no owner), side and priority through the backend', async () => {
    await open();
    const owner = screen.getByTestId('inbox-owner') as HTMLSelectElement;
    expect([...owner.options].map((o) => o.text)).toEqual(['Any owner', 'No owner', 'Ana', 'Ben']);
    cmd.taskInbox.mockResolvedValueOnce(inboxOf([task(1, -10)], { open: 6 }));
    await fireEvent.change(owner, { target: { value: 'Ana' } });
    await waitFor(() => expect(cmd.taskInbox).toHaveBeenLastCalledWith({ owner: 'Ana', side: null, priority: null }));
    await waitFor(() => expect(text(screen.getByTestId('inbox-count'))).toBe('1 of 6 open tasks · as of Jun 30, 2026'));
    await fireEvent.change(screen.getByTestId('inbox-side'), { target: { value: 'customer' } });
    await waitFor(() => expect(cmd.taskInbox).toHaveBeenLastCalledWith({ owner: 'Ana', side: 'customer', priority: null }));
    await fireEvent.change(screen.getByTestId('inbox-priority'), { target: { value: 'urgent' } });
    await waitFor(() => expect(cmd.taskInbox).toHaveBeenLastCalledWith({ owner: 'Ana', side: 'customer', priority: 'urgent' }));
    await fireEvent.change(screen.getByTestId('inbox-owner'), { target: { value: '' } });
    await waitFor(() => expect(cmd.taskInbox).toHaveBeenLastCalledWith({ owner: '', side: 'customer', priority: 'urgent' }));
    await fireEvent.change(screen.getByTestId('inbox-owner'), { target: { value: '*' } });
    await waitFor(() => expect(cmd.taskInbox).toHaveBeenLastCalledWith({ owner: null, side: 'customer', priority: 'urgent' }));
  });

  it('says when nothing matches the filters, and when there is no open task at all', async () => {
    cmd.taskInbox.mockResolvedValueOnce(inboxOf([], { open: 4 }));
    await open();
    expect(text(screen.getByTestId('inbox'))).toContain('No task matches');
    expect(screen.queryAllByTestId('inbox-group')).toHaveLength(0);
    cmd.taskInbox.mockResolvedValueOnce(inboxOf([]));
    await fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(text(screen.getByTestId('inbox'))).toContain('No open tasks'));
  });
});

describe('playbook list', () => {
  it('lists playbooks with kind, trigger, steps, escalation and open tasks', async () => {
    await open();
    await openPlaybooksTab();
    const rows = screen.getAllByTestId('playbook');
    expect(rows.map((r) => r.dataset.key)).toEqual(['usage-drop-rescue', 'quarterly-qbr', 'emea-review']);
    expect(text(rows[0])).toContain('Built-in');
    expect(text(rows[0])).toContain('When a “Usage drop” alert starts');
    expect(text(rows[0])).toContain('2 steps · escalates');
    expect(text(rows[0])).toContain('+10d · Customer · Normal Agree the recovery actions');
    expect(text(rows[0])).toContain('Vendor tasks 3 days overdue: raise to Urgent and notify the manager');
    expect(text(within(rows[0]).getByTestId('playbook-open'))).toBe('1 open task');
    expect(text(rows[1])).toContain('only if arr >= 10000');
    expect(text(rows[1])).toContain('Off');
    expect(text(rows[2])).toContain('Yours');
    expect(within(rows[0]).queryByTestId('playbook-edit')).toBeNull();
    expect(within(rows[0]).getByTestId('playbook-copy')).toBeTruthy();
    expect(within(rows[2]).getByTestId('playbook-edit')).toBeTruthy();
    const toggles = screen.getAllByTestId('playbook-toggle') as HTMLInputElement[];
    expect(toggles.map((t) => t.checked)).toEqual([true, false, true]);
  });

  it('a toggle switches the playbook and reloads the list; a failure puts the switch back', async () => {
    cmd.setPlaybookEnabled.mockResolvedValueOnce(undefined);
    await open();
    await openPlaybooksTab();
    const off = makePlaybooks();
    off[0].enabled = false;
    cmd.playbooks.mockResolvedValueOnce(off);
    const toggle = screen.getAllByTestId('playbook-toggle')[0] as HTMLInputElement;
    await fireEvent.click(toggle);
    expect(cmd.setPlaybookEnabled).toHaveBeenCalledWith('usage-drop-rescue', false);
    await waitFor(() => expect(cmd.playbooks).toHaveBeenCalledTimes(2));
    await waitFor(() => expect((screen.getAllByTestId('playbook-toggle')[0] as HTMLInputElement).checked).toBe(false));

    cmd.setPlaybookEnabled.mockRejectedValueOnce(new ApiError('db', 'database is locked'));
    const qbr = screen.getAllByTestId('playbook-toggle')[1] as HTMLInputElement;
    await fireEvent.click(qbr);
    expect(cmd.setPlaybookEnabled).toHaveBeenLastCalledWith('quarterly-qbr', true);
    await waitFor(() => expect(get(toasts)).toHaveLength(1));
    expect(get(toasts)[0].message).toBe('Could not enable “Quarterly business review”: database is locked');
    expect(qbr.checked).toBe(false);
  });

  it('Run now shows what the run did and reloads the list and the inbox', async () => {
    cmd.runPlaybooks.mockResolvedValueOnce(REPORT);
    await open();
    await openPlaybooksTab();
    expect(cmd.taskInbox).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('playbooks-run'));
    const report = await screen.findByTestId('run-report');
    expect(cmd.runPlaybooks).toHaveBeenCalledTimes(1);
    expect(text(report)).toContain('Run as of Jun 30, 2026: 2 new tasks, 5 already there, 1 escalated.');
    expect(text(report)).toContain('Usage drop rescue: fired for 1 account, 2 new tasks');
    expect(text(report)).not.toContain('Quarterly');
    await waitFor(() => expect(cmd.playbooks).toHaveBeenCalledTimes(2));
    expect(cmd.taskInbox).toHaveBeenCalledTimes(2);
  });

  it('Which playbooks work? gives each playbook its effect, with the counts, intervals and verdict', async () => {
    const num = (value: number) => ({ type: 'number', value: { value, decimals: 1 } });
    const effect = (key: string, over: object) => ({
      key, name: key, label: null, enabled: true, treated: 40, control: 50, matched_treated: 32, matched_control: 44,
      churn_treated: null, churn_control: null, churn_difference: null, churn_low: null, churn_high: null,
      health_difference: null, health_low: null, health_high: null, enough_evidence: false,
      verdict: { key: 'effect-no-treated', args: { control: { type: 'int', value: 50 } } }, ...over,
    });
    cmd.playbookEffects.mockResolvedValueOnce({
      from: '2024-12-31', to: '2026-07-31', horizon_days: 90, lookback_days: 30, due_window_days: 30, episode_gap_days: 90,
      evaluation_days: [], resamples: 1000,
      playbooks: [
        effect('usage-drop-rescue', {
          churn_treated: 0.031, churn_control: 0.109, churn_difference: -0.078, churn_low: -0.174, churn_high: 0.0,
          health_difference: 14.4, health_low: 5.5, health_high: 23.0, enough_evidence: true,
          verdict: { key: 'effect-better-health', args: { points: num(7.8), low: num(-17.4), high: num(0), health: num(14.4), health_low: num(5.5), health_high: num(23) } },
        }),
        effect('quarterly-qbr', {
          churn_treated: 0.03, churn_control: 0.05, churn_difference: -0.02, churn_low: -0.042, churn_high: 0.021,
          verdict: { key: 'effect-not-enough-evidence', args: { points: num(-2), low: num(-4.2), high: num(2.1) } },
        }),
        effect('emea-review', { treated: 0, control: 178, matched_treated: 0, matched_control: 0 }),
      ],
    });
    await open();
    await openPlaybooksTab();
    expect(screen.queryAllByTestId('playbook-effect')).toHaveLength(0);
    await fireEvent.click(screen.getByTestId('playbooks-effect-run'));
    await waitFor(() => expect(screen.getAllByTestId('playbook-effect')).toHaveLength(3));
    const [works, unproven, untried] = screen.getAllByTestId('playbook-effect').map(text);
    expect(works).toContain('Works');
    expect(works).toContain('32 done · 44 not done · churn 3.1% vs 10.9% (-7.8 points, 95% interval -17.4 to 0.0)');
    expect(works).toContain('health +14.4 points over 90 days (95% interval +5.5 to +23.0)');
    expect(works).toContain('the health of accounts whose tasks were done rose 14.4 score points more');
    expect(unproven).toContain('Not proven');
    expect(unproven).toContain('Not enough evidence');
    // Without a comparison, every episode is counted.
    expect(untried).toContain('0 done · 178 not done');
    expect(untried).toContain('No task of this playbook was done in the window of any episode (untreated: 50)');
    expect(text(screen.getByTestId('effect-window'))).toContain('Month ends from Dec 31, 2024 to Jul 31, 2026');
  });
});
