// The one typed client for the Rust backend: every `invoke` goes through here.
// Result and error types are generated from Rust (./bindings, via ts-rs); never retype them.
import { invoke } from '@tauri-apps/api/core';
import type { AppError } from './bindings/AppError';
import type { WorkspaceView } from './bindings/WorkspaceView';

export type { AppError, WorkspaceView };
export type { Status } from './bindings/Status';

/** Codes produced by the UI side when the failure never reached a command. */
export const CLIENT_CODES = {
  /** The IPC layer refused or failed the call (e.g. a command not allowed by the capabilities). */
  ipc: 'ipc',
  /** Something that is neither an AppError nor an IPC message. */
  unknown: 'unknown',
} as const;

/** An error from a command, always with a stable machine `code` and a human `message`. */
export class ApiError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/** Maps whatever a rejected `invoke` produced to one ApiError shape. */
export function toApiError(raw: unknown): ApiError {
  if (raw instanceof ApiError) return raw;
  if (isAppError(raw)) return new ApiError(raw.code, raw.message);
  // Tauri rejects with a plain string when the IPC layer itself refuses a call.
  if (typeof raw === 'string') return new ApiError(CLIENT_CODES.ipc, raw);
  if (raw instanceof Error) return new ApiError(CLIENT_CODES.unknown, raw.message);
  return new ApiError(CLIENT_CODES.unknown, String(raw));
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (raw) {
    throw toApiError(raw);
  }
}

/** Name, path and row counts of the open workspace (opens it on first call). */
export function workspaceStatus(): Promise<WorkspaceView> {
  return call<WorkspaceView>('workspace_status');
}
