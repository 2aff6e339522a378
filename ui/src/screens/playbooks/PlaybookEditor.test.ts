// The playbook editor through the whole screen, against mocked commands: problems shown next to
// their fields, nothing saved while there are any, and the exact payload a valid form sends.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { get } from 'svelte/store';
import { clearToasts, toasts } from '../../lib/kit';
import { makeInbox, makePlaybooks, OPTIONS } from './fixtures';
import { literal, textOf } from '../../lib/i18n.svelte';

const cmd = vi.hoisted(() => ({
  taskInbox: vi.fn(),
  playbooks: vi.fn(),
  playbookOptions: vi.fn(),
  validatePlaybook: vi.fn(),
  savePlaybook: vi.fn(),
  setPlaybookEnabled: vi.fn(),
  runPlaybooks: vi.fn(),
}));
vi.mock('./commands', () => cmd);

const { ApiError } = await import('../../lib/api');
const { default: Playbooks } = await import('./Playbooks.svelte');

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const editor = () => within(screen.getByTestId('playbook-editor'));
const input = (el: HTMLElement, value: string) => fireEvent.input(el, { target: { value } });
const pick = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

beforeEach(() => {
  for (const fn of Object.values(cmd)) fn.mockReset();
  cmd.taskInbox.mockResolvedValue(makeInbox());
  cmd.playbooks.mockResolvedValue(makePlaybooks());
  cmd.playbookOptions.mockResolvedValue(OPTIONS);
  clearToasts();
});

async function openEditor(button: 'playbook-new' | { edit: string } | { copy: string } = 'playbook-new') {
  render(Playbooks, { onopenaccount: () => {} });
  await fireEvent.click(await screen.findByRole('tab', { name: /Playbooks/ }));
  await screen.findAllByTestId('playbook');
  if (button === 'playbook-new') await fireEvent.click(screen.getByTestId('playbook-new'));
  else {
    const [testid, key] = 'edit' in button ? ['playbook-edit', button.edit] : ['playbook-copy', button.copy];
    await fireEvent.click(document.querySelector<HTMLElement>(`[data-key="${key}"] [data-testid="${testid}"]`)!);
  }
  await screen.findByTestId('playbook-editor');
  await waitFor(() => expect(cmd.playbookOptions).toHaveBeenCalled());
}

describe('playbook editor', () => {
  it('shows the backend problems next to their fields and saves nothing', async () => {
    cmd.validatePlaybook.mockResolvedValueOnce([
      { field: 'name', message: textOf('pb-error-name') },
      { field: 'key', message: literal('The key must be non-empty without spaces') },
      { field: 'trigger', message: literal("unknown field 'regoin'") },
      { field: 'steps.0.title', message: textOf('pb-error-step-title') },
      { field: 'playbook', message: literal('Something only the playbook explains') },
    ]);
    await openEditor();
    await fireEvent.click(screen.getByTestId('playbook-save'));
    await waitFor(() => expect(cmd.validatePlaybook).toHaveBeenCalledTimes(1));
    const e = editor();
    expect(text(await e.findByTestId('error-name'))).toBe('Give the playbook a name');
    expect(text(e.getByTestId('error-key'))).toBe('The key must be non-empty without spaces');
    expect(text(e.getByTestId('error-trigger'))).toBe("unknown field 'regoin'");
    expect(text(e.getByTestId('error-steps.0.title'))).toBe('Give the step a title');
    expect(text(e.getByTestId('editor-error'))).toBe('Something only the playbook explains');
    expect(e.getByTestId('editor-name').getAttribute('aria-invalid')).toBe('true');
    expect(e.getByTestId('step-title').getAttribute('aria-invalid')).toBe('true');
    expect(cmd.savePlaybook).not.toHaveBeenCalled();
    expect(screen.getByTestId('playbook-editor')).toBeTruthy();
  });

  it('refuses empty or fractional numbers before asking the backend', async () => {
    await openEditor();
    await input(editor().getByTestId('step-due'), '');
    await pick(editor().getByTestId('editor-trigger'), 'tenure');
    await input(editor().getByTestId('editor-tenure-days'), '2.5');
    await fireEvent.click(screen.getByTestId('playbook-save'));
    expect(text(editor().getByTestId('error-steps.0.due_offset_days'))).toBe('Enter whole days, 0 or more');
    expect(text(editor().getByTestId('error-trigger'))).toBe('Enter a whole number of days, at least 1');
    expect(cmd.validatePlaybook).not.toHaveBeenCalled();
  });

  it('sends the playbook as typed: key from the name, rule trigger, steps added, moved and removed, escalation', async () => {
    cmd.validatePlaybook.mockResolvedValue([]);
    cmd.savePlaybook.mockResolvedValueOnce(undefined);
    await openEditor();
    const e = editor();
    await input(e.getByTestId('editor-name'), 'EMEA expansion review');
    expect((e.getByTestId('editor-key') as HTMLInputElement).value).toBe('emea-expansion-review');
    await pick(e.getByTestId('editor-trigger'), 'rule');
    await input(e.getByTestId('editor-expr'), ' region = "EMEA" and breadth < 0.5 ');
    await input(e.getByTestId('editor-only-if'), 'arr >= 10000');

    await input(e.getByTestId('step-title'), 'Map unused modules');
    await fireEvent.click(e.getByTestId('step-add'));
    await fireEvent.click(e.getByTestId('step-add'));
    let titles = e.getAllByTestId('step-title');
    await input(titles[1], 'Throwaway');
    await input(titles[2], 'Nominate a pilot team');
    await pick(e.getAllByTestId('step-side')[2], 'customer');
    await input(e.getAllByTestId('step-due')[2], '21');
    await pick(e.getAllByTestId('step-priority')[2], 'high');
    await fireEvent.click(e.getAllByTestId('step-remove')[1]);
    await fireEvent.click(e.getAllByTestId('step-up')[1]);
    titles = e.getAllByTestId('step-title');
    expect(titles.map((t) => (t as HTMLInputElement).value)).toEqual(['Nominate a pilot team', 'Map unused modules']);
    expect((e.getAllByTestId('step-up')[0] as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.click(e.getByTestId('editor-escalate'));
    await input(e.getByTestId('editor-after-days'), '5');
    await pick(e.getByTestId('editor-raise-to'), 'high');
    await fireEvent.click(e.getByTestId('editor-notify'));

    await fireEvent.click(screen.getByTestId('playbook-save'));
    const payload = {
      key: 'emea-expansion-review',
      name: 'EMEA expansion review',
      trigger: { type: 'rule', expr: 'region = "EMEA" and breadth < 0.5' },
      only_if: 'arr >= 10000',
      steps: [
        { title: 'Nominate a pilot team', owner_side: 'customer', due_offset_days: 21, priority: 'high' },
        { title: 'Map unused modules', owner_side: 'vendor', due_offset_days: 7, priority: 'normal' },
      ],
      escalation: { after_days_overdue: 5, raise_to: 'high', notify_manager: true },
      enabled: true,
      builtin: false,
    };
    await waitFor(() => expect(cmd.savePlaybook).toHaveBeenCalledWith(payload));
    expect(cmd.validatePlaybook).toHaveBeenCalledWith(payload);
    await waitFor(() => expect(screen.queryByTestId('playbook-editor')).toBeNull());
    await waitFor(() => expect(cmd.playbooks).toHaveBeenCalledTimes(2));
    expect(get(toasts)[0]).toMatchObject({ tone: 'good', message: 'Saved playbook “EMEA expansion review”' });
  });

  it('edits the user\'s own playbook under its fixed key, keeping its switch', async () => {
    cmd.validatePlaybook.mockResolvedValue([]);
    cmd.savePlaybook.mockResolvedValueOnce(undefined);
    await openEditor({ edit: 'emea-review' });
    const e = editor();
    expect((e.getByTestId('editor-key') as HTMLInputElement).disabled).toBe(true);
    expect((e.getByTestId('editor-trigger') as HTMLSelectElement).value).toBe('rule');
    expect((e.getByTestId('editor-expr') as HTMLInputElement).value).toBe('region = "EMEA"');
    await input(e.getByTestId('editor-name'), 'EMEA review, v2');
    await fireEvent.click(screen.getByTestId('playbook-save'));
    await waitFor(() => expect(cmd.savePlaybook).toHaveBeenCalledTimes(1));
    expect(cmd.savePlaybook.mock.calls[0][0]).toMatchObject({ key: 'emea-review', name: 'EMEA review, v2', enabled: true, escalation: null });
  });

  it('copies a built-in under a new key; a refused save is shown inside the dialog', async () => {
    cmd.validatePlaybook.mockResolvedValue([]);
    cmd.savePlaybook.mockRejectedValueOnce(new ApiError('invalid_playbook', "playbook 'x': is a built-in playbook"));
    await openEditor({ copy: 'usage-drop-rescue' });
    const e = editor();
    expect((e.getByTestId('editor-key') as HTMLInputElement).value).toBe('usage-drop-rescue-copy');
    expect((e.getByTestId('editor-name') as HTMLInputElement).value).toBe('Usage drop rescue (copy)');
    expect((e.getByTestId('editor-alert-kind') as HTMLSelectElement).value).toBe('usage_drop');
    expect(e.getAllByTestId('editor-step')).toHaveLength(2);
    expect((e.getByTestId('editor-escalate') as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByTestId('playbook-save'));
    expect(text(await e.findByTestId('editor-error'))).toBe("playbook 'x': is a built-in playbook");
    expect(cmd.savePlaybook.mock.calls[0][0]).toMatchObject({ key: 'usage-drop-rescue-copy', builtin: false, trigger: { type: 'alert', kind: 'usage_drop' } });
    expect(screen.getByTestId('playbook-editor')).toBeTruthy();
  });
});
