// Transient notifications ("Deck exported", "Import failed"). A plain Svelte store in a .ts
// module so any code, including non-component code such as api.ts callers, can push one;
// Toasts.svelte renders them. Each toast dismisses itself after `timeout` ms unless timeout is
// 0, which keeps it until dismissed: use that for errors the user must read.
import { writable, type Readable } from 'svelte/store';
import type { Tone } from './types';

export interface Toast {
  id: number;
  message: string;
  tone: Tone;
  /** ms until it disappears; 0 = stays until dismissed. */
  timeout: number;
}

export interface ToastInput {
  message: string;
  tone?: Tone;
  timeout?: number;
}

export const DEFAULT_TOAST_TIMEOUT = 5000;
/** More than this many at once is noise; the oldest go first. */
export const MAX_TOASTS = 5;

const list = writable<Toast[]>([]);
const timers = new Map<number, ReturnType<typeof setTimeout>>();
let nextId = 1;

/** The current toasts, oldest first. */
export const toasts: Readable<Toast[]> = { subscribe: list.subscribe };

/** Shows a toast; returns its id (for an early dismiss). A bare string is an info toast. */
export function push(input: ToastInput | string): number {
  const { message, tone = 'info', timeout = DEFAULT_TOAST_TIMEOUT } =
    typeof input === 'string' ? { message: input } : input;
  const toast: Toast = { id: nextId++, message, tone, timeout: Math.max(0, timeout) };
  list.update((current) => {
    const next = [...current, toast];
    for (const dropped of next.slice(0, Math.max(0, next.length - MAX_TOASTS))) clearTimer(dropped.id);
    return next.slice(-MAX_TOASTS);
  });
  if (toast.timeout > 0) timers.set(toast.id, setTimeout(() => dismiss(toast.id), toast.timeout));
  return toast.id;
}

/** Removes a toast now (no-op if it is already gone). */
export function dismiss(id: number): void {
  clearTimer(id);
  list.update((current) => current.filter((toast) => toast.id !== id));
}

/** Removes every toast (e.g. when the workspace closes). */
export function clearToasts(): void {
  for (const id of timers.keys()) clearTimer(id);
  list.set([]);
}

function clearTimer(id: number) {
  const timer = timers.get(id);
  if (timer !== undefined) clearTimeout(timer);
  timers.delete(id);
}
