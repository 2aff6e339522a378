import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { get } from 'svelte/store';
import { tick } from 'svelte';
import Toasts from './Toasts.svelte';
import { clearToasts, dismiss, MAX_TOASTS, push, toasts } from './toasts';

const messages = () => get(toasts).map((t) => t.message);

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  clearToasts();
  vi.useRealTimers();
});

describe('toasts store', () => {
  it('auto-dismisses each toast after its own timeout', () => {
    push({ message: 'Saved', timeout: 3000 });
    push('Exported'); // default 5000 ms
    expect(messages()).toEqual(['Saved', 'Exported']);

    vi.advanceTimersByTime(2999);
    expect(messages()).toEqual(['Saved', 'Exported']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual(['Exported']);
    vi.advanceTimersByTime(2000);
    expect(messages()).toEqual([]);
  });

  it('keeps a timeout-0 toast until dismissed', () => {
    const id = push({ message: 'Import failed', tone: 'bad', timeout: 0 });
    vi.advanceTimersByTime(60_000);
    expect(messages()).toEqual(['Import failed']);
    dismiss(id);
    expect(messages()).toEqual([]);
  });

  it('an early dismiss cancels the timer (no stray removal later)', () => {
    const first = push({ message: 'one', timeout: 1000 });
    dismiss(first);
    expect(vi.getTimerCount()).toBe(0);
  });

  it(`keeps at most ${MAX_TOASTS}, dropping the oldest`, () => {
    for (let i = 1; i <= MAX_TOASTS + 2; i++) push(`t${i}`);
    expect(messages()).toEqual(['t3', 't4', 't5', 't6', 't7']);
    expect(vi.getTimerCount()).toBe(MAX_TOASTS);
  });
});

describe('Toasts', () => {
  it('renders toasts inside a status live region and dismisses on click', async () => {
    const { getByRole, queryByText } = render(Toasts);
    const region = getByRole('status');
    push({ message: 'Deck exported', tone: 'good' });
    await tick();
    expect(region.textContent).toContain('Deck exported');
    expect(region.querySelector('[data-tone="good"]')).not.toBeNull();

    await fireEvent.click(getByRole('button', { name: 'Dismiss' }));
    expect(queryByText('Deck exported')).toBeNull();
  });

  it('disappears from the page when its timer runs out', async () => {
    const { queryByText } = render(Toasts);
    push({ message: 'Synced', timeout: 4000 });
    await tick();
    expect(queryByText('Synced')).not.toBeNull();
    vi.advanceTimersByTime(4000);
    await tick();
    expect(queryByText('Synced')).toBeNull();
  });
});
