// The shell's lock: closing the workspace clears every message about its data, and a lock that
// fails says so instead of doing nothing.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { get } from 'svelte/store';

const api = vi.hoisted(() => ({ sessionInfo: vi.fn(), lock: vi.fn(), home: vi.fn() }));
vi.mock('./lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const { ApiError } = await import('./lib/api');
const { clearToasts, push, toasts } = await import('./lib/kit');
const { default: App } = await import('./App.svelte');

const OPEN = { name: 'book', path: '/w/book.waypoint', exists: true, open: true, startup_error: null };
const LOCKED = { ...OPEN, open: false };

// jsdom has no matchMedia; the shell follows the OS theme through it.
window.matchMedia = ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.home.mockReturnValue(new Promise(() => {}));
  clearToasts();
});

describe('Lock', () => {
  it('clears the messages about the book and shows the unlock screen', async () => {
    api.sessionInfo.mockResolvedValueOnce(OPEN).mockResolvedValueOnce(LOCKED);
    api.lock.mockResolvedValue(undefined);
    render(App);
    const lockButton = await screen.findByTestId('lock');
    push({ message: 'Could not complete “Call Acme”', tone: 'bad', timeout: 0 });
    await fireEvent.click(lockButton);
    await screen.findByTestId('unlock');
    expect(get(toasts)).toEqual([]);
  });

  it('says so when locking fails, and stays open', async () => {
    api.sessionInfo.mockResolvedValue(OPEN);
    api.lock.mockRejectedValue(new ApiError('db', 'disk I/O error'));
    render(App);
    await fireEvent.click(await screen.findByTestId('lock'));
    await waitFor(() => expect(get(toasts).map((t) => t.message)).toEqual(['Could not lock: disk I/O error']));
    expect(screen.getByTestId('lock')).toBeTruthy();
    expect(api.sessionInfo).toHaveBeenCalledTimes(1);
  });
});
