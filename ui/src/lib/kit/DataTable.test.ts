import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import Harness from './testing/DataTableHarness.svelte';
import { manyRows, SMALL, type Row } from './testing/fixtures';

/** Rows currently in the DOM, top to bottom. */
function bodyRows(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.body [role="row"]')];
}

/** The ID column of the rendered rows, top to bottom. */
function ids(container: HTMLElement): string[] {
  return bodyRows(container).map((row) => row.querySelector('[role="gridcell"]')?.textContent?.trim() ?? '');
}

function grid(container: HTMLElement): HTMLElement {
  return container.querySelector<HTMLElement>('[role="grid"]')!;
}

function header(container: HTMLElement, label: string): HTMLElement {
  const cells = [...container.querySelectorAll<HTMLElement>('[role="columnheader"]')];
  return cells.find((cell) => cell.textContent?.trim().startsWith(label))!;
}

describe('DataTable sorting', () => {
  it('keeps input order until a header is clicked', () => {
    const { container } = render(Harness, { rows: SMALL });
    expect(ids(container)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(header(container, 'MRR').getAttribute('aria-sort')).toBe('none');
  });

  it('sorts numbers numerically, ties stable, nulls last; then descending with nulls still last', async () => {
    const { container, getByTestId } = render(Harness, { rows: SMALL });
    await fireEvent.click(header(container, 'MRR').querySelector('button')!);
    // 2.5 < 10 (a) = 10 (d, after a: input order) < 100; b has no MRR.
    expect(ids(container)).toEqual(['c', 'a', 'd', 'e', 'b']);
    expect(header(container, 'MRR').getAttribute('aria-sort')).toBe('ascending');
    expect(getByTestId('sort').textContent).toBe('mrr asc');

    await fireEvent.click(header(container, 'MRR').querySelector('button')!);
    expect(ids(container)).toEqual(['e', 'a', 'd', 'c', 'b']);
    expect(header(container, 'MRR').getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts strings by locale (case and accents are not code-point order), nulls last', async () => {
    const { container } = render(Harness, { rows: SMALL });
    await fireEvent.click(header(container, 'Name').querySelector('button')!);
    // Code-point order would be Bob, Zoe, adam, Émile.
    expect(ids(container)).toEqual(['b', 'e', 'c', 'a', 'd']);
    await fireEvent.click(header(container, 'Name').querySelector('button')!);
    expect(ids(container)).toEqual(['a', 'c', 'e', 'b', 'd']);
  });

  it('offers no sort button on a column marked sortable: false', () => {
    const { container } = render(Harness, { rows: SMALL });
    const note = header(container, 'Note');
    expect(note.querySelector('button')).toBeNull();
    expect(note.hasAttribute('aria-sort')).toBe(false);
  });
});

describe('DataTable filtering', () => {
  it('matches the formatted text of any column, case-insensitively, and reports the count', async () => {
    const { container, getByTestId, rerender } = render(Harness, { rows: SMALL });
    expect(getByTestId('shown').textContent).toBe('5');

    // MRR is displayed as €10.00 / €100.00: "€10" hits a, d and e.
    await rerender({ rows: SMALL, filter: '€10' });
    expect(ids(container)).toEqual(['a', 'd', 'e']);
    expect(getByTestId('shown').textContent).toBe('3');

    // ".50" exists only in the displayed "€2.50", not in the raw value 2.5.
    await rerender({ rows: SMALL, filter: '.50' });
    expect(ids(container)).toEqual(['c']);

    await rerender({ rows: SMALL, filter: 'RISK' });
    expect(ids(container)).toEqual(['e']);
    expect(getByTestId('shown').textContent).toBe('1');

    // A match may not span two cells ("a" + "Zoe").
    await rerender({ rows: SMALL, filter: 'azoe' });
    expect(ids(container)).toEqual([]);
    expect(getByTestId('shown').textContent).toBe('0');
  });

  describe('with the search text built ahead', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('builds it between frames before the first search, each row once', async () => {
      const counter = { formats: 0 };
      const rows = manyRows(5000);
      const { container, rerender } = render(Harness, { rows, counter });
      const painted = counter.formats;
      expect(painted).toBeLessThan(100);
      await vi.advanceTimersToNextTimerAsync();
      expect(counter.formats - painted).toBe(1000);
      await vi.runAllTimersAsync();
      expect(counter.formats - painted).toBe(5000);

      const before = counter.formats;
      await rerender({ rows, counter, filter: 'Account 4999' });
      expect(ids(container)).toEqual(['r4999']);
      // Only the rows now in view were formatted: no search text was built again.
      expect(counter.formats - before).toBeLessThan(50);
    });

    it('finishes it at once for a search that comes before it is built', async () => {
      const counter = { formats: 0 };
      const rows = manyRows(3000);
      const { container, rerender } = render(Harness, { rows, counter });
      await rerender({ rows, counter, filter: 'Account 2999' });
      expect(ids(container)).toEqual(['r2999']);
      const searched = counter.formats;
      await vi.runAllTimersAsync();
      expect(counter.formats).toBe(searched);
    });
  });

  it('searches the new columns when the columns change', async () => {
    const { container, rerender } = render(Harness, { rows: SMALL, filter: 'healthy' });
    expect(ids(container)).toEqual([]);
    await rerender({ rows: SMALL, filter: 'healthy', withHealth: true });
    expect(ids(container)).toEqual(['a', 'd', 'e']);
  });

  it('shows the empty snippet, telling "no data" from "nothing matches"', async () => {
    const { getByTestId, rerender } = render(Harness, { rows: [] });
    expect(getByTestId('empty').textContent).toBe('No accounts yet');
    await rerender({ rows: SMALL, filter: 'no such account' });
    expect(getByTestId('empty').textContent).toBe('Nothing matches');
  });
});

describe('DataTable keyboard and pointer', () => {
  it('moves the active row with arrows/Home/End and opens it with Enter', async () => {
    const onopen = vi.fn();
    const { container } = render(Harness, { rows: SMALL, onopen });
    const table = grid(container);
    const active = () => bodyRows(container).filter((r) => r.getAttribute('aria-selected') === 'true');

    await fireEvent.keyDown(table, { key: 'ArrowDown' });
    expect(active().map((r) => r.dataset.index)).toEqual(['0']);
    await fireEvent.keyDown(table, { key: 'ArrowDown' });
    await fireEvent.keyDown(table, { key: 'ArrowDown' });
    await fireEvent.keyDown(table, { key: 'ArrowUp' });
    expect(active().map((r) => r.dataset.index)).toEqual(['1']);
    expect(table.getAttribute('aria-activedescendant')).toBe(active()[0].id);

    await fireEvent.keyDown(table, { key: 'End' });
    expect(active().map((r) => r.dataset.index)).toEqual(['4']);
    await fireEvent.keyDown(table, { key: 'ArrowDown' }); // stays on the last row
    expect(active().map((r) => r.dataset.index)).toEqual(['4']);
    await fireEvent.keyDown(table, { key: 'Home' });
    await fireEvent.keyDown(table, { key: 'ArrowDown' });
    await fireEvent.keyDown(table, { key: 'ArrowDown' });
    await fireEvent.keyDown(table, { key: 'Enter' });
    expect(onopen).toHaveBeenCalledTimes(1);
    expect(onopen.mock.calls[0][0]).toBe(SMALL[2]);
  });

  it('keeps the active row when the order changes, and Enter opens that row', async () => {
    const onopen = vi.fn();
    const { container } = render(Harness, { rows: SMALL, onopen });
    const table = grid(container);
    await fireEvent.keyDown(table, { key: 'ArrowDown' }); // row "a"
    await fireEvent.click(header(container, 'MRR').querySelector('button')!); // c, a, d, e, b
    const selected = bodyRows(container).find((r) => r.getAttribute('aria-selected') === 'true')!;
    expect(selected.dataset.index).toBe('1');
    await fireEvent.keyDown(table, { key: 'Enter' });
    expect(onopen.mock.calls[0][0]).toBe(SMALL[0]);
  });

  it('opens the clicked row', async () => {
    const onopen = vi.fn<(row: Row) => void>();
    const { container } = render(Harness, { rows: SMALL, onopen });
    const cell = bodyRows(container)[3].querySelectorAll('[role="gridcell"]')[1];
    await fireEvent.click(cell);
    expect(onopen).toHaveBeenCalledWith(SMALL[3]);
    expect(bodyRows(container)[3].getAttribute('aria-selected')).toBe('true');
  });

  it('ignores Enter on a header button (that key sorts, it does not open a row)', async () => {
    const onopen = vi.fn();
    const { container } = render(Harness, { rows: SMALL, onopen });
    await fireEvent.keyDown(grid(container), { key: 'ArrowDown' });
    await fireEvent.keyDown(header(container, 'Name').querySelector('button')!, { key: 'Enter' });
    expect(onopen).not.toHaveBeenCalled();
  });
});

describe('DataTable virtualisation', () => {
  // height 200, rows 36: the header takes 36, leaving 164 px = 5 rows visible (+1 partial).
  it('renders a window of rows, not all 5,000', () => {
    const { container, getByTestId } = render(Harness, { rows: manyRows(5000) });
    expect(getByTestId('shown').textContent).toBe('5000');
    // rows 0..5 visible + 8 overscan below = 14.
    expect(bodyRows(container)).toHaveLength(14);
    expect(grid(container).getAttribute('aria-rowcount')).toBe('5001');
    const body = container.querySelector<HTMLElement>('.body')!;
    expect(body.style.height).toBe(`${5000 * 36}px`);
  });

  it('renders the rows at the scroll position', async () => {
    const { container } = render(Harness, { rows: manyRows(5000) });
    const table = grid(container);
    table.scrollTop = 36 * 1000;
    await fireEvent.scroll(table);
    const rendered = bodyRows(container);
    // 8 overscan above row 1000, 6 visible, 8 below: rows 992..1013.
    expect(rendered).toHaveLength(22);
    expect(rendered[0].getAttribute('aria-rowindex')).toBe(String(992 + 2));
    expect(ids(container)).toContain('r1000');
    expect(container.querySelector<HTMLElement>('.slice')!.style.transform).toBe(`translateY(${992 * 36}px)`);
  });

  it('scrolls the active row into view on PageDown/End/Home', async () => {
    const { container } = render(Harness, { rows: manyRows(5000) });
    const table = grid(container);
    const activeId = () => table.getAttribute('aria-activedescendant');
    await fireEvent.keyDown(table, { key: 'PageDown' }); // first press activates row 0
    await fireEvent.keyDown(table, { key: 'PageDown' }); // page = 4 visible - 1 = 3
    expect(document.getElementById(activeId()!)?.dataset.index).toBe('3');
    expect(table.scrollTop).toBe(0);

    await fireEvent.keyDown(table, { key: 'End' });
    // Row 4999's bottom (5000 * 36) aligned with the bottom of the 164 px body.
    expect(table.scrollTop).toBe(5000 * 36 - 164);
    expect(document.getElementById(activeId()!)?.getAttribute('aria-rowindex')).toBe('5001');

    await fireEvent.keyDown(table, { key: 'PageUp' });
    expect(document.getElementById(activeId()!)?.dataset.index).toBe('4996');
    expect(table.scrollTop).toBe(5000 * 36 - 164);

    await fireEvent.keyDown(table, { key: 'Home' });
    expect(table.scrollTop).toBe(0);
    expect(ids(container)[0]).toBe('r0');
  });
});

describe('DataTable renders customer text as text', () => {
  it('never turns cell text into markup', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const rows: Row[] = [{ id: 'x', name: payload, mrr: 1, note: '<b>bold</b>' }];
    const { container } = render(Harness, { rows });
    const cells = bodyRows(container)[0].querySelectorAll('[role="gridcell"]');
    expect(cells[1].textContent?.trim()).toBe(payload);
    expect(cells[3].textContent?.trim()).toBe('<b>bold</b>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('renders a column cell snippet (a Badge) with its text', () => {
    const { container } = render(Harness, { rows: SMALL, withHealth: true });
    const badges = [...container.querySelectorAll('.badge')];
    expect(badges.map((b) => b.textContent)).toEqual(['Healthy', 'At risk', 'At risk', 'Healthy', 'Healthy']);
    expect(badges[1].classList.contains('tone-bad')).toBe(true);
  });
});

describe('DataTable under the CSP', () => {
  it('writes geometry through CSSOM, never through a style attribute', async () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const setProperty = vi.spyOn(CSSStyleDeclaration.prototype, 'setProperty');
    try {
      const { container } = render(Harness, { rows: manyRows(5000) });
      const table = grid(container);
      table.scrollTop = 36 * 50;
      await fireEvent.scroll(table);
      // The slice moved: a second style write, now as setProperty on the live declaration.
      expect(container.querySelector<HTMLElement>('.slice')!.style.transform).toBe(`translateY(${42 * 36}px)`);
      expect(setProperty).toHaveBeenCalledWith('transform', `translateY(${42 * 36}px)`, undefined);
      const styleWrites = setAttribute.mock.calls.filter(([name]) => name.toLowerCase() === 'style');
      expect(styleWrites).toEqual([]);
    } finally {
      setAttribute.mockRestore();
      setProperty.mockRestore();
    }
  });
});
