// The Account 360 screen's writes against a mocked API: milestones, tasks, touchpoints. Each
// write must call its command with the right arguments, then reload the account.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { get } from 'svelte/store';
import { clearToasts, toasts } from '../../lib/kit';
import { makeAccount, milestone } from './fixture';

const api = vi.hoisted(() => ({
  account: vi.fn(),
  completeMilestone: vi.fn(),
  reopenMilestone: vi.fn(),
  completeTask: vi.fn(),
  logTouchpoint: vi.fn(),
}));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const { ApiError } = await import('../../lib/api');
const { openAccount: open, openTab, text } = await import('./testing');

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.account.mockResolvedValue(makeAccount());
  clearToasts();
});

describe('success plan', () => {
  it('shows counts, the next step and milestones grouped by phase', async () => {
    await open();
    await openTab('Success plan');
    expect(text(screen.getByTestId('plan-done'))).toBe('2 done');
    expect(text(screen.getByTestId('plan-overdue'))).toBe('1 overdue');
    expect(text(screen.getByTestId('plan-open'))).toBe('2 open');
    expect(text(screen.getByTestId('next-step'))).toBe('Next step owed by the customer: SSO configured due Jun 25, 2025');
    const phases = screen.getAllByTestId('phase');
    expect(phases.map((p) => [p.dataset.phase, within(p).getAllByTestId('milestone').map((m) => `${m.dataset.milestoneId}:${m.dataset.status}`)])).toEqual([
      ['30', ['m-kick:done', 'm-sso:overdue']],
      ['60', ['m-train:open']],
      ['90', ['m-review:done']],
      ['later', ['m-later:open']],
    ]);
    const sso = phases[0].querySelector('[data-milestone-id="m-sso"]')!;
    expect(text(sso)).toContain('Overdue, 5 days late');
    expect(text(sso)).toContain('Customer');
    expect(within(phases[0]).getAllByTestId('reopen-milestone')).toHaveLength(1);
    expect(within(phases[0]).getAllByTestId('complete-milestone')).toHaveLength(1);
  });

  it('Complete calls completeMilestone with the id, disables the button meanwhile, then reloads', async () => {
    let finish!: () => void;
    api.completeMilestone.mockReturnValueOnce(new Promise<void>((r) => (finish = r)));
    await open();
    await openTab('Success plan');
    const done = makeAccount({
      milestones: [milestone('m-sso', '30', 'done', '2025-06-25', { days_late: 5 })],
    });
    api.account.mockResolvedValueOnce(done);
    const button = document.querySelector<HTMLButtonElement>('[data-milestone-id="m-sso"] [data-testid="complete-milestone"]')!;
    await fireEvent.click(button);
    expect(api.completeMilestone).toHaveBeenCalledWith('m-sso');
    expect(button.disabled).toBe(true);
    expect(api.account).toHaveBeenCalledTimes(1);
    finish();
    await waitFor(() => expect(api.account).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByTestId('milestone').dataset.status).toBe('done'));
    expect(screen.getByRole('tab', { name: 'Success plan' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('reopen-milestone')).toBeTruthy();
  });

  it('Reopen calls reopenMilestone; a failure is a bad toast and re-enables the button', async () => {
    api.reopenMilestone.mockRejectedValueOnce(new ApiError('db', 'database is locked'));
    await open();
    await openTab('Success plan');
    const button = document.querySelector<HTMLButtonElement>('[data-milestone-id="m-kick"] [data-testid="reopen-milestone"]')!;
    await fireEvent.click(button);
    expect(api.reopenMilestone).toHaveBeenCalledWith('m-kick');
    await waitFor(() => expect(get(toasts)).toHaveLength(1));
    expect(get(toasts)[0]).toMatchObject({ tone: 'bad', message: 'Could not reopen “Kickoff call”: database is locked' });
    expect(button.disabled).toBe(false);
    expect(api.account).toHaveBeenCalledTimes(1);
  });
});

describe('activity', () => {
  it('lists open tasks first with Done, completed ones folded; Done completes and reloads', async () => {
    api.completeTask.mockResolvedValueOnce(undefined);
    await open();
    await openTab('Activity');
    const tasks = within(screen.getByTestId('tasks'));
    const doneButtons = tasks.getAllByTestId('complete-task');
    expect(doneButtons).toHaveLength(2);
    const first = screen.getAllByTestId('task')[0];
    expect(first.dataset.taskId).toBe('11');
    expect(text(first)).toContain('Review the usage drop by module and user with the champion');
    expect(text(first)).toContain('Overdue');
    expect(text(first)).toContain('Due Jun 25, 2025');
    expect(text(first)).toContain('playbook Usage drop rescue');
    const folded = screen.getByTestId('completed-tasks');
    expect(folded.tagName).toBe('DETAILS');
    expect(folded.hasAttribute('open')).toBe(false);
    expect(text(folded.querySelector('summary'))).toBe('1 completed');
    await fireEvent.click(doneButtons[0]);
    expect(api.completeTask).toHaveBeenCalledWith(11);
    await waitFor(() => expect(api.account).toHaveBeenCalledTimes(2));
  });

  it('rejects an empty summary, then logs the right payload, reloads and confirms', async () => {
    api.logTouchpoint.mockResolvedValueOnce(7);
    await open();
    await openTab('Activity');
    const form = screen.getByTestId('touchpoint-form');
    const summary = screen.getByTestId('touchpoint-summary') as HTMLTextAreaElement;
    await fireEvent.input(summary, { target: { value: '   ' } });
    await fireEvent.submit(form);
    expect(text(screen.getByTestId('touchpoint-error'))).toBe('Write a short summary of the touchpoint.');
    expect(summary.getAttribute('aria-invalid')).toBe('true');
    expect(api.logTouchpoint).not.toHaveBeenCalled();

    await fireEvent.change(screen.getByTestId('touchpoint-kind'), { target: { value: 'meeting' } });
    await fireEvent.input(screen.getByTestId('touchpoint-day'), { target: { value: '2025-06-28' } });
    await fireEvent.input(summary, { target: { value: ' Walked through exports ' } });
    expect(text(screen.getByTestId('touchpoint-error'))).toBe('');
    await fireEvent.submit(form);
    expect(api.logTouchpoint).toHaveBeenCalledWith({
      account_id: 'acme',
      kind: 'meeting',
      day: '2025-06-28',
      owner: null,
      summary: 'Walked through exports',
    });
    await waitFor(() => expect(get(toasts)).toEqual([expect.objectContaining({ tone: 'good', message: 'Meeting logged' })]));
    expect(api.account).toHaveBeenCalledTimes(2);
    expect(summary.value).toBe('');
  });

  it('sends a null day when none is picked, and lists touchpoints newest first', async () => {
    api.logTouchpoint.mockResolvedValueOnce(8);
    await open();
    await openTab('Activity');
    expect(screen.getAllByTestId('touchpoint').map((t) => t.dataset.kind)).toEqual(['qbr', 'call']);
    expect(text(screen.getAllByTestId('touchpoint')[1])).toBe('Call Jun 12, 2025 · Dana Lee Discussed exports');
    await fireEvent.input(screen.getByTestId('touchpoint-summary'), { target: { value: 'Quick note' } });
    await fireEvent.submit(screen.getByTestId('touchpoint-form'));
    expect(api.logTouchpoint).toHaveBeenCalledWith({ account_id: 'acme', kind: 'call', day: null, owner: null, summary: 'Quick note' });
  });
});
