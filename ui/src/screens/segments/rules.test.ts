import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../lib/api';
import { view } from './fixtures';
import { associationText, caretLine, cardStats, cellTitle, errorColumn, insertField, liveCount, RULE_DEBOUNCE_MS } from './rules';

describe('rule errors', () => {
  it('reads the column from every kind of rule message', () => {
    expect(errorColumn('expected a value after \'>\' at column 6 in `arr >`')).toBe(6);
    expect(errorColumn("unknown field 'ar' in `ar > 5` (did you mean 'arr'?) at column 1")).toBe(1);
    expect(errorColumn('disk on fire')).toBeNull();
  });

  it('puts the caret under the column, counting characters and keeping tabs', () => {
    expect(caretLine('arr >', 6)).toBe('     ^');
    expect(caretLine('arr', 1)).toBe('^');
    // One astral character is one column for the Rust lexer but two UTF-16 units here.
    expect(caretLine('name = "😀" and x', 14)).toBe(`${' '.repeat(13)}^`);
    expect(caretLine('\tarr', 2)).toBe('\t^');
    // A column past the end (end of input) still lands just after the text.
    expect(caretLine('ab', 9)).toBe('  ^');
  });
});

describe('inserting a field', () => {
  it('pads with spaces only where the name would touch a word', () => {
    expect(insertField('', 0, 0, 'arr')).toEqual({ text: 'arr', cursor: 3 });
    expect(insertField('health > 50 and', 15, 15, 'arr')).toEqual({ text: 'health > 50 and arr', cursor: 19 });
    expect(insertField('health > 50 and ', 16, 16, 'arr')).toEqual({ text: 'health > 50 and arr', cursor: 19 });
    expect(insertField('(> 5', 1, 1, 'arr')).toEqual({ text: '(arr > 5', cursor: 4 });
    expect(insertField('x > 5', 0, 1, 'arr')).toEqual({ text: 'arr > 5', cursor: 3 });
  });
});

describe('live count', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function harness() {
    const calls: { expr: string; resolve: (n: number) => void; reject: (e: unknown) => void }[] = [];
    const run = vi.fn((expr: string) => new Promise<number>((resolve, reject) => calls.push({ expr, resolve, reject })));
    const on = { pending: vi.fn(), result: vi.fn(), error: vi.fn(), empty: vi.fn() };
    return { calls, run, on, live: liveCount(run, on) };
  }

  it('waits for a pause in typing, then asks once for the latest text', async () => {
    const { run, on, live, calls } = harness();
    live.push('a');
    live.push('ar');
    live.push('arr > 5');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS - 1);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledExactlyOnceWith('arr > 5');
    calls[0].resolve(3);
    await vi.advanceTimersByTimeAsync(0);
    expect(on.result).toHaveBeenCalledExactlyOnceWith('arr > 5', 3);
    expect(on.pending).toHaveBeenCalledTimes(3);
  });

  it('drops an answer that arrives after the text changed', async () => {
    const { on, live, calls } = harness();
    live.push('arr > 5');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    live.push('arr > 50');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    calls[1].resolve(1);
    calls[0].resolve(9);
    calls[0].reject(new ApiError('db', 'late'));
    await vi.advanceTimersByTimeAsync(0);
    expect(on.result).toHaveBeenCalledExactlyOnceWith('arr > 50', 1);
    expect(on.error).not.toHaveBeenCalled();
  });

  it('reports errors as ApiError, blank text as empty, and nothing after cancel', async () => {
    const { run, on, live, calls } = harness();
    live.push('ar > 5');
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS);
    calls[0].reject({ code: 'unknown_field', message: "unknown field 'ar' at column 1" });
    await vi.advanceTimersByTimeAsync(0);
    expect(on.error.mock.calls[0][1]).toMatchObject({ code: 'unknown_field' });
    live.push('   ');
    expect(on.empty).toHaveBeenCalledOnce();
    live.push('arr > 1');
    live.cancel();
    await vi.advanceTimersByTimeAsync(RULE_DEBOUNCE_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('wording', () => {
  it('formats a card, a crosstab cell and the association', () => {
    const stats = cardStats(view().needs[0], 'USD');
    // 150,000 of 240,000 = 62.5 % -> "63%"; mean health 71.4 -> 71; 2 at risk x 12,000.
    expect(stats).toEqual([
      { key: 'accounts', label: 'Accounts', value: '6' },
      { key: 'arr', label: 'ARR', value: '$150K (63%)' },
      { key: 'health', label: 'Avg health', value: '71' },
      { key: 'at_risk', label: 'At risk', value: '2 · $24K' },
      { key: 'breadth', label: 'Breadth', value: '50%' },
      { key: 'depth', label: 'Depth', value: '25%' },
    ]);
    expect(cellTitle({ accounts: 3, arr: 130_000 }, 'Reporting-centric', 'Growth', 'USD')).toBe('Reporting-centric × Growth: 3 accounts · $130K ARR');
    expect(associationText(0.12)).toContain('weakly related');
    expect(associationText(null)).toContain('Too few');
  });
});
