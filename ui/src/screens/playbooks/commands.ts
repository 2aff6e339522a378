// The playbooks screen's commands (src-tauri/src/playbook_cmds.rs), typed with the bindings
// generated from Rust. Kept apart from the pure helpers in playbooks.ts so tests replace only
// the I/O. Completing a task is the shared `completeTask` of lib/api.
import { call } from '../../lib/api';
import type { FieldError } from '../../lib/bindings/FieldError';
import type { InboxFilter } from '../../lib/bindings/InboxFilter';
import type { Playbook } from '../../lib/bindings/Playbook';
import type { PlaybookOptions } from '../../lib/bindings/PlaybookOptions';
import type { PlaybookView } from '../../lib/bindings/PlaybookView';
import type { RunReport } from '../../lib/bindings/RunReport';
import type { TaskInbox } from '../../lib/bindings/TaskInbox';

export type { FieldError, InboxFilter, Playbook, PlaybookOptions, PlaybookView, RunReport, TaskInbox };
export type { Escalation } from '../../lib/bindings/Escalation';
export type { InboxGroup } from '../../lib/bindings/InboxGroup';
export type { InboxTask } from '../../lib/bindings/InboxTask';
export type { Priority } from '../../lib/bindings/Priority';
export type { Side } from '../../lib/bindings/Side';
export type { Step } from '../../lib/bindings/Step';
export type { TaskGroup } from '../../lib/bindings/TaskGroup';
export type { Trigger } from '../../lib/bindings/Trigger';

/** Open tasks grouped by due day relative to the book's as-of day, filtered on the Rust side. */
export function taskInbox(filter: InboxFilter): Promise<TaskInbox> {
  return call<TaskInbox>('task_inbox', { filter });
}

export function playbooks(): Promise<PlaybookView[]> {
  return call<PlaybookView[]>('playbooks');
}

/** Alert kinds, stages, segments and rule fields for the editor's trigger parameters. */
export function playbookOptions(): Promise<PlaybookOptions> {
  return call<PlaybookOptions>('playbook_options');
}

/** The playbook's problems field by field; empty when it can be saved. */
export function validatePlaybook(playbook: Playbook): Promise<FieldError[]> {
  return call<FieldError[]>('validate_playbook', { playbook });
}

/** Adds or replaces (by key) a user playbook; built-in keys are refused (`invalid_playbook`). */
export function savePlaybook(playbook: Playbook): Promise<void> {
  return call<void>('save_playbook', { playbook });
}

export function setPlaybookEnabled(key: string, enabled: boolean): Promise<void> {
  return call<void>('set_playbook_enabled', { key, enabled });
}

/** Runs the enabled playbooks now: each task is created once, overdue vendor tasks escalate. */
export function runPlaybooks(): Promise<RunReport> {
  return call<RunReport>('run_playbooks');
}

export type { Effects } from '../../lib/bindings/Effects';
export type { PlaybookEffect } from '../../lib/bindings/PlaybookEffect';

/** Which playbooks work, replayed over the book's history (seconds on a large book). */
export function playbookEffects(): Promise<import('../../lib/bindings/Effects').Effects> {
  return call('playbook_effects', {});
}
