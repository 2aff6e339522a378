import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { ApiError } from '../../lib/api';
import { count, FIELDS, HOSTILE, members, view } from './fixtures';
import { RULE_DEBOUNCE_MS } from './rules';
import type { RuleCount } from './segments';
import Segments from './Segments.svelte';

// Only the screen's commands are replaced; ApiError and toApiError stay real.
const cmds = vi.hoisted(() => ({ segments: vi.fn(), refitSegments: vi.fn(), segmentMembers: vi.fn(), ruleFields: vi.fn(), ruleCount: vi.fn() }));
vi.mock('./segments', () => cmds);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Lets resolved promises and the DOM updates they cause run (fake timers included). */
async function settle() {
  await vi.advanceTimersByTimeAsync(0);
  await tick();
}

async function setup(theme: 'light' | 'dark' = 'light') {
  const onopenaccount = vi.fn();
  const screen = render(Segments, { theme, onopenaccount });
  await settle();
  return { ...screen, onopenaccount };
}

beforeEach(() => {
  vi.useFakeTimers();
  cmds.segments.mockReset().mockResolvedValue(view());
  cmds.ruleFields.mockReset().mockResolvedValue(FIELDS);
  // As in Rust: a rule comes back in canonical form without its prefix.
  cmds.segmentMembers
    .mockReset()
    .mockImplementation(async (name: string) =>
      name.startsWith('rule:') ? members(name.slice(5), 'rule') : members(name, ['Starter', 'Growth', 'No ARR'].includes(name) ? 'value' : 'needs'),
    );
  cmds.ruleCount.mockReset();
  cmds.refitSegments.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('needs and value side by side', () => {
  it('shows both columns of cards with what defines each segment and its numbers', async () => {
    const { getByTestId } = await setup('dark');
    expect(cmds.segments).toHaveBeenCalledWith('dark');
    const needs = getByTestId('segments-needs');
    const cards = within(needs).getAllByRole('button');
    expect(cards.map((c) => c.dataset.segment)).toEqual(['Reporting-centric', HOSTILE, 'No recent activity']);
    expect(cards[0].textContent).toContain('Activity: Reporting 62%; breadth 50%, depth 25%');
    expect(cards[0].textContent).toContain('Reporting 62%');
    expect(cards[0].textContent).toContain('$150K (63%)');
    expect(cards[0].textContent).toContain('2 · $24K');
    // Customer text stays text.
    expect(cards[1].querySelector('.name')?.textContent).toBe(HOSTILE);
    expect(getByTestId('segments').querySelector('img[src="x"]')).toBeNull();
    const value = getByTestId('segments-value');
    expect(within(value).getAllByRole('button').map((c) => c.dataset.segment)).toEqual(['Starter', 'Growth', 'No ARR']);
    expect(value.textContent).toContain('ARR 10k to 50k');
  });

  it('draws the crosstab: needs rows, value columns, counts with ARR in the title, totals', async () => {
    const { getByTestId } = await setup();
    const table = within(getByTestId('segments-crosstab')).getByRole('table');
    const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toEqual(['Needs segment', 'Starter', 'Growth', 'No ARR', 'Total']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Reporting-centric', '3', '3', '0', '6'],
      [HOSTILE, '1', '2', '0', '3'],
      ['No recent activity', '0', '0', '1', '1'],
    ]);
    const cell = table.querySelector<HTMLElement>('td[data-row="Reporting-centric"][data-column="Growth"]')!;
    expect(cell.title).toBe('Reporting-centric × Growth: 3 accounts · $130K ARR');
    // Shaded by the cell's share of its row (3 of 6), through a style: directive.
    expect(cell.style.getPropertyValue('--share')).toBe('0.5');
    expect([...table.querySelectorAll('tfoot td')].map((c) => c.textContent)).toEqual(['4', '5', '1', '10']);
    expect(getByTestId('segments-crosstab').textContent).toContain('Cramér’s V 0.12');
  });

  it('switches the module-mix chart between needs and value, beside the segment map', async () => {
    const { getByRole, getByAltText } = await setup();
    expect(getByAltText(/Module mix of each needs segment/)).toBeTruthy();
    expect(getByAltText(/ARR and breadth/)).toBeTruthy();
    await fireEvent.click(getByRole('tab', { name: 'Module mix by value' }));
    expect(getByAltText(/Module mix of each value tier/)).toBeTruthy();
  });

  it('says so for an empty book, and offers a retry after a failure', async () => {
    cmds.segments.mockResolvedValueOnce(view({ accounts: 0, needs: [], value: [] }));
    const empty = await setup();
    expect(empty.getByText('No accounts to segment yet')).toBeTruthy();
    empty.unmount();
    cmds.segments.mockRejectedValueOnce(new ApiError('locked', 'The workspace is locked: unlock it first.'));
    const failed = await setup();
    expect(failed.getByRole('alert').textContent).toContain('locked');
    await fireEvent.click(failed.getByRole('button', { name: 'Retry' }));
    await settle();
    expect(failed.getByTestId('segments-needs')).toBeTruthy();
  });
});

describe('segments fitted on demand', () => {
  it('says nothing while the segments are as fitted', async () => {
    const { queryByTestId } = await setup();
    expect(queryByTestId('segments-refit')).toBeNull();
  });

  it('says how many accounts joined the nearest segment and re-fits when asked', async () => {
    cmds.segments.mockResolvedValue(view({ assigned_since_fit: 3 }));
    const refit = deferred<ReturnType<typeof view>>();
    cmds.refitSegments.mockReturnValue(refit.promise);
    const { getByTestId, queryByTestId } = await setup('dark');
    const notice = getByTestId('segments-refit');
    expect(notice.textContent).toContain('3 accounts changed since the needs segments were fitted on Oct 24, 2026: they joined the nearest segment.');
    const button = within(notice).getByRole('button', { name: 'Re-fit segments' });
    await fireEvent.click(button);
    expect(cmds.refitSegments).toHaveBeenCalledWith('dark');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    refit.resolve(view({ assigned_since_fit: 0 }));
    await settle();
    expect(queryByTestId('segments-refit')).toBeNull();
  });

  it('shows why a re-fit failed', async () => {
    cmds.segments.mockResolvedValue(view({ assigned_since_fit: 1 }));
    cmds.refitSegments.mockRejectedValue(new ApiError('clustering', 'k-means failed'));
    const { getByTestId, getByRole } = await setup();
    expect(getByTestId('segments-refit').textContent).toContain('1 account changed since the needs segments were fitted on Oct 24, 2026: it joined the nearest segment.');
    await fireEvent.click(within(getByTestId('segments-refit')).getByRole('button'));
    await settle();
    expect(getByRole('alert').textContent).toBe('k-means failed');
  });
});

describe('membership lists', () => {
  it('opens a segment from its card: table and chart; a row click or Enter opens the account', async () => {
    const { getByTestId, queryByTestId, onopenaccount } = await setup();
    expect(queryByTestId('segment-members')).toBeNull();
    await fireEvent.click(within(getByTestId('segments-needs')).getAllByRole('button')[0]);
    await settle();
    expect(cmds.segmentMembers).toHaveBeenCalledWith('Reporting-centric', 'light');
    const list = getByTestId('segment-members');
    expect(list.textContent).toContain('Needs segment: Reporting-centric');
    expect(within(list).getByAltText(/Module mix of each account in Reporting-centric/)).toBeTruthy();
    const grid = within(list).getByRole('grid');
    const first = grid.querySelector<HTMLElement>('[data-index="0"]')!;
    expect(first.textContent).toContain('Acme GmbH');
    await fireEvent.click(first);
    expect(onopenaccount).toHaveBeenLastCalledWith('acc-1');
    await fireEvent.keyDown(grid, { key: 'ArrowDown' });
    await fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onopenaccount).toHaveBeenLastCalledWith('acc-2');
    // The same card again closes the list.
    await fireEvent.click(within(getByTestId('segments-needs')).getAllByRole('button')[0]);
    expect(queryByTestId('segment-members')).toBeNull();
  });

  it('shows the last segment clicked even when an earlier answer comes later', async () => {
    const slow = deferred<ReturnType<typeof members>>();
    cmds.segmentMembers.mockReturnValueOnce(slow.promise);
    const { getByTestId } = await setup();
    await fireEvent.click(within(getByTestId('segments-needs')).getAllByRole('button')[0]);
    await fireEvent.click(within(getByTestId('segments-value')).getAllByRole('button')[1]);
    await settle();
    slow.resolve(members('Reporting-centric'));
    await settle();
    expect(getByTestId('segment-members').querySelector('h2')?.textContent).toBe('Value tier: Growth');
  });
});

describe('rule builder', () => {
  const input = (s: Awaited<ReturnType<typeof setup>>) => s.getByTestId('rule-input') as HTMLInputElement;
  const type = async (s: Awaited<ReturnType<typeof setup>>, text: string) => fireEvent.input(input(s), { target: { value: text } });

  it('counts after a pause in typing, once, for the latest text', async () => {
    cmds.ruleCount.mockResolvedValue(count(2));
    const s = await setup();
    expect(s.getByTestId('rule-count').textContent).toContain('Type a rule');
    await type(s, 'arr');
    await type(s, 'arr > 5');
    await type(s, 'arr > 50000');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS - 1);
    expect(cmds.ruleCount).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(cmds.ruleCount).toHaveBeenCalledExactlyOnceWith('arr > 50000');
    const shown = s.getByTestId('rule-count');
    expect(shown.textContent).toContain('2 accounts');
    expect(shown.textContent).toContain('$150K ARR (50% of the book)');
  });

  it('ignores a stale answer that arrives after a newer one', async () => {
    const first = deferred<RuleCount>();
    const second = deferred<RuleCount>();
    cmds.ruleCount.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const s = await setup();
    await type(s, 'arr > 5');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    await type(s, 'arr > 50000');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    second.resolve(count(1));
    await settle();
    first.resolve(count(2, 'arr > 5'));
    await settle();
    expect(s.getByTestId('rule-count').textContent).toContain('1 account ');
    expect(s.getByTestId('rule-count').textContent).not.toContain('2 accounts');
  });

  it('puts a caret under the column the error names', async () => {
    cmds.ruleCount.mockRejectedValue({ code: 'invalid_rule', message: "expected a value after '>' at column 6 in `arr >`" });
    const s = await setup();
    await type(s, 'arr >');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    await settle();
    const error = s.getByTestId('rule-error');
    expect(error.dataset.code).toBe('invalid_rule');
    expect(error.dataset.column).toBe('6');
    expect(error.textContent).toContain("expected a value after '>'");
    expect(s.getByTestId('rule-caret').textContent).toBe('     ^');
    expect(input(s).getAttribute('aria-invalid')).toBe('true');
    // Fixing the rule clears the error and its caret.
    cmds.ruleCount.mockResolvedValue(count(1));
    await type(s, 'arr > 5');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    await settle();
    expect(s.queryByTestId('rule-error')).toBeNull();
    expect(s.queryByTestId('rule-caret')).toBeNull();
  });

  it('inserts a field from its chip at the cursor, and lists the book fields too', async () => {
    cmds.ruleCount.mockResolvedValue(count(0));
    const s = await setup();
    await type(s, 'health > 50 and ');
    input(s).setSelectionRange(16, 16);
    await fireEvent.click(s.getByRole('button', { name: 'region' }));
    await settle();
    expect(input(s).value).toBe('health > 50 and region');
    expect(input(s).selectionStart).toBe(22);
    expect(s.getByRole('button', { name: 'share.reporting' }).title).toContain('Reporting');
  });

  it('opens a member account, and the whole rule as a membership list', async () => {
    cmds.ruleCount.mockResolvedValue(count(2));
    const s = await setup();
    await type(s, 'arr>50000');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    await settle();
    await fireEvent.click(s.getByRole('button', { name: 'Globex' }));
    expect(s.onopenaccount).toHaveBeenLastCalledWith('acc-2');
    await fireEvent.click(s.getByRole('button', { name: /Show all 2 accounts/ }));
    await settle();
    expect(cmds.segmentMembers).toHaveBeenLastCalledWith('rule:arr > 50000', 'light');
    expect(s.getByTestId('segment-members').querySelector('h2')?.textContent).toBe('Rule: arr > 50000');
  });
});

describe('theme changes', () => {
  it('keeps the answer for the newest theme when an older one arrives last', async () => {
    const light = deferred<ReturnType<typeof view>>();
    const dark = deferred<ReturnType<typeof view>>();
    cmds.segments.mockReset().mockReturnValueOnce(light.promise).mockReturnValueOnce(dark.promise);
    const screen = await setup('light');
    await screen.rerender({ theme: 'dark', onopenaccount: vi.fn() });
    await settle();
    expect(cmds.segments.mock.calls).toEqual([['light'], ['dark']]);
    dark.resolve(view({ accounts: 22 }));
    await settle();
    light.resolve(view({ accounts: 11 }));
    await settle();
    expect(screen.container.textContent).toContain('22 accounts · ');
    expect(screen.container.textContent).not.toContain('11 accounts · ');
  });
});
