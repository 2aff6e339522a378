import { describe, expect, it } from 'vitest';
import { compareValues, filterRows, navigate, rowWindow, scrollToReveal, searchText, sortOrder, sortRows, type Column } from './table';

interface R {
  k: string;
  v: string | number | null;
}
const col: Column<R> = { key: 'v', label: 'V', value: (r) => r.v };
const keys = (rows: R[]) => rows.map((r) => r.k);

describe('sortRows', () => {
  it('returns rows already in order as they are, and sorts them when one is out of place', () => {
    const ordered: R[] = [{ k: 'a', v: 'ACC-1' }, { k: 'b', v: 'ACC-2' }, { k: 'c', v: 'ACC-10' }, { k: 'd', v: null }];
    expect(keys(sortRows(ordered, col, 'asc'))).toEqual(['a', 'b', 'c', 'd']);
    expect(keys(sortRows(ordered, col, 'desc'))).toEqual(['c', 'b', 'a', 'd']);
    const lastOut: R[] = [...ordered.slice(0, 3), { k: 'e', v: 'ACC-0' }];
    expect(keys(sortRows(lastOut, col, 'asc'))).toEqual(['e', 'a', 'b', 'c']);
  });

  it('puts numbers before strings and compares account ids numerically', () => {
    const rows: R[] = [
      { k: 's10', v: 'ACC-10' },
      { k: 'n', v: 7 },
      { k: 's9', v: 'ACC-9' },
      { k: 'nan', v: Number.NaN },
    ];
    expect(keys(sortRows(rows, col, 'asc'))).toEqual(['n', 's9', 's10', 'nan']);
    expect(keys(sortRows(rows, col, 'desc'))).toEqual(['s10', 's9', 'n', 'nan']);
  });

  it('keeps ties and nulls in input order in both directions and leaves the input alone', () => {
    const rows: R[] = [
      { k: 'null1', v: null },
      { k: 'x1', v: 1 },
      { k: 'x2', v: 1 },
      { k: 'null2', v: null },
      { k: 'y', v: 0 },
    ];
    expect(keys(sortRows(rows, col, 'asc'))).toEqual(['y', 'x1', 'x2', 'null1', 'null2']);
    expect(keys(sortRows(rows, col, 'desc'))).toEqual(['x1', 'x2', 'y', 'null1', 'null2']);
    expect(keys(rows)).toEqual(['null1', 'x1', 'x2', 'null2', 'y']);
  });

  it('compares negative and fractional numbers as numbers', () => {
    expect(compareValues(-2, 10)).toBeLessThan(0);
    expect(compareValues(0.5, 0.25)).toBeGreaterThan(0);
    expect(compareValues(3, 3)).toBe(0);
  });
});

describe('sortOrder then filter', () => {
  it('gives what filtering then sorting gives, ties and missing values included, both ways', () => {
    // A fixed pseudo-random book: values with many ties and some missing, keys to search.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rows: R[] = Array.from({ length: 400 }, (_, i) => {
      const x = next();
      return { k: `row ${i} ${x < 0.5 ? 'alpha' : 'beta'}`, v: x < 0.1 ? null : x < 0.55 ? Math.floor(x * 20) : `name ${Math.floor(x * 15)}` };
    });
    const columns: Column<R>[] = [{ key: 'k', label: 'K', value: (r) => r.k }, col];
    const texts = rows.map((r) => searchText(columns, r));
    for (const dir of ['asc', 'desc'] as const) {
      for (const query of ['alpha', 'beta', 'row 1', '']) {
        const expected = sortRows(filterRows(rows, texts, query), col, dir);
        const got = sortOrder(rows, col, dir).filter((i) => texts[i].includes(query)).map((i) => rows[i]);
        expect(keys(got)).toEqual(keys(expected));
      }
    }
  });
});

describe('rowWindow', () => {
  it('covers the visible rows plus overscan, clamped to the data', () => {
    // 100 px of 20 px rows from scrollTop 200: rows 10..15 visible (+1 for a partial row).
    expect(rowWindow(1000, 200, 100, 20, 3)).toEqual({ start: 7, end: 19 });
    expect(rowWindow(1000, 0, 100, 20, 3)).toEqual({ start: 0, end: 9 });
    expect(rowWindow(12, 10_000, 100, 20, 3)).toEqual({ start: 8, end: 12 });
    expect(rowWindow(0, 0, 100, 20, 3)).toEqual({ start: 0, end: 0 });
  });
});

describe('scrollToReveal', () => {
  it('moves only as far as needed', () => {
    expect(scrollToReveal(5, 0, 100, 20)).toBe(20); // row 5 = 100..120, bottom at 120
    expect(scrollToReveal(2, 0, 100, 20)).toBe(0); // already visible
    expect(scrollToReveal(1, 100, 100, 20)).toBe(20); // above: align top
  });
});

describe('navigate', () => {
  it('steps, pages and clamps; the first key from no active row lands on row 0', () => {
    expect(navigate('ArrowDown', -1, 10, 4)).toBe(0);
    expect(navigate('PageDown', -1, 10, 4)).toBe(0);
    expect(navigate('End', -1, 10, 4)).toBe(9);
    expect(navigate('ArrowDown', 3, 10, 4)).toBe(4);
    expect(navigate('ArrowUp', 0, 10, 4)).toBe(0);
    expect(navigate('PageDown', 8, 10, 4)).toBe(9);
    expect(navigate('PageUp', 5, 10, 4)).toBe(1);
    expect(navigate('Home', 7, 10, 4)).toBe(0);
    expect(navigate('a', 3, 10, 4)).toBeNull();
    expect(navigate('ArrowDown', -1, 0, 4)).toBeNull();
  });
});
