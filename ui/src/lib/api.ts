// The one typed client for the Rust backend: every `invoke` goes through here.
// Result and error types are generated from Rust (./bindings, via ts-rs); never retype them.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { Account360 } from './bindings/Account360';
import type { AccountList } from './bindings/AccountList';
import type { AppError } from './bindings/AppError';
import type { DemoStep } from './bindings/DemoStep';
import type { Home } from './bindings/Home';
import type { NewTouchpoint } from './bindings/NewTouchpoint';
import type { SessionInfo } from './bindings/SessionInfo';
import type { Theme } from './bindings/Theme';
import type { WorkspaceView } from './bindings/WorkspaceView';
import type { Text } from './bindings/Text';
import { lang, renderText } from './i18n.svelte';

export type { Account360, AccountList, AppError, DemoStep, Home, NewTouchpoint, SessionInfo, Theme, WorkspaceView };
export type { Status } from './bindings/Status';
export type { AccountRow } from './bindings/AccountRow';
export type { Alert } from './bindings/Alert';
export type { Band } from './bindings/Band';
export type { MilestoneStatus } from './bindings/MilestoneStatus';
export type { Renewal } from './bindings/Renewal';
export type { Task } from './bindings/Task';
export type { Touchpoint } from './bindings/Touchpoint';
export type { Trend } from './bindings/Trend';

/** Codes produced by the UI side when the failure never reached a command. */
export const CLIENT_CODES = {
  /** The IPC layer refused or failed the call (e.g. a command not allowed by the capabilities). */
  ipc: 'ipc',
  /** Something that is neither an AppError nor an IPC message. */
  unknown: 'unknown',
} as const;

/**
 * An error from a command, always with a stable machine `code` and a human `message`.
 *
 * When the backend states the error as a catalogue sentence (`text`), `message` is that
 * sentence in the language current when the error arrived, so every place that shows
 * `error.message` speaks the reader's language; `english` keeps the backend's English words
 * (for logs, and for the few screens that read a detail such as a rule's column out of them).
 * A view that stays on screen renders `text` again when the language changes (`errorText`).
 */
export class ApiError extends Error {
  readonly code: string;
  readonly english: string;
  readonly text: Text | null;

  constructor(code: string, message: string, text: Text | null = null) {
    super(text ? renderText(text) : message);
    this.name = 'ApiError';
    this.code = code;
    this.english = message;
    this.text = text;
  }
}

/** What to show for `error` in the current language (reactive in templates). */
export function errorText(error: ApiError): string {
  return error.text ? renderText(error.text) : error.message;
}

function isText(value: unknown): value is Text {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.key === 'string' && typeof candidate.args === 'object' && candidate.args !== null;
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** Maps whatever a rejected `invoke` produced to one ApiError shape. */
export function toApiError(raw: unknown): ApiError {
  if (raw instanceof ApiError) return raw;
  if (isAppError(raw)) return new ApiError(raw.code, raw.message, isText(raw.text) ? raw.text : null);
  // Tauri rejects with a plain string when the IPC layer itself refuses a call.
  if (typeof raw === 'string') return new ApiError(CLIENT_CODES.ipc, raw);
  if (raw instanceof Error) return new ApiError(CLIENT_CODES.unknown, raw.message);
  return new ApiError(CLIENT_CODES.unknown, String(raw));
}

/** Invokes a command, turning any rejection into an ApiError. Screens with their own commands wrap it. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toApiError(raw);
  }
}

/** Which workspace the app works on, whether it exists and is unlocked (waits for the startup unlock). */
export function sessionInfo(): Promise<SessionInfo> {
  return call<SessionInfo>('session_info');
}

/** Creates the workspace: with a passphrase, or (null) with a random key kept in the OS keyring. */
export function createWorkspace(passphrase: string | null): Promise<SessionInfo> {
  return call<SessionInfo>('create_workspace', { passphrase });
}

/** Unlocks with a passphrase, or (null) with the key in the OS keyring. */
export function unlock(passphrase: string | null): Promise<SessionInfo> {
  return call<SessionInfo>('unlock', { passphrase });
}

/** Closes the workspace and forgets its key. */
export function lock(): Promise<void> {
  return call<void>('lock');
}

/** Name, path and row counts of the open workspace. */
export function workspaceStatus(): Promise<WorkspaceView> {
  return call<WorkspaceView>('workspace_status');
}

/** Fills the (empty) workspace with the demo book of the UI's language (its names, text and currencies); `onstep` hears each step. Resolves to the account count. */
export function loadDemo(accounts: number, onstep: (step: DemoStep) => void): Promise<number> {
  const progress = new Channel<DemoStep>();
  progress.onmessage = onstep;
  return call<number>('load_demo', { accounts, locale: lang(), progress });
}

/** Charts come drawn in the UI's current language. */
export function home(theme: Theme): Promise<Home> {
  return call<Home>('home', { theme, lang: lang() });
}

/** The accounts list, or `null` when `known` is the version of the current one (the screen
 *  keeps what it has). */
export function accounts(known: number | null = null): Promise<AccountList | null> {
  return call<AccountList | null>('accounts', { known });
}

export function account(id: string, theme: Theme): Promise<Account360> {
  return call<Account360>('account', { id, theme, lang: lang() });
}

export function completeMilestone(id: string): Promise<void> {
  return call<void>('complete_milestone', { id });
}

export function reopenMilestone(id: string): Promise<void> {
  return call<void>('reopen_milestone', { id });
}

export function completeTask(id: number): Promise<void> {
  return call<void>('complete_task', { id });
}

export function logTouchpoint(touchpoint: NewTouchpoint): Promise<number> {
  return call<number>('log_touchpoint', { touchpoint });
}
