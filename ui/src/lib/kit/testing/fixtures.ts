// Test data for the kit's component tests (not shipped: nothing in the app imports it).
export interface Row {
  id: string;
  name: string | null;
  mrr: number | null;
  note: string;
}

/** Five rows chosen so numeric vs string order, locale order, ties and nulls all differ. */
export const SMALL: Row[] = [
  { id: 'a', name: 'Zoe', mrr: 10, note: 'renewal' },
  { id: 'b', name: 'adam', mrr: null, note: '' },
  { id: 'c', name: 'Émile', mrr: 2.5, note: 'expansion' },
  { id: 'd', name: null, mrr: 10, note: '' },
  { id: 'e', name: 'Bob', mrr: 100, note: 'at risk' },
];

export function manyRows(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    name: `Account ${i}`,
    mrr: i * 3,
    note: i % 2 === 0 ? 'even' : 'odd',
  }));
}
