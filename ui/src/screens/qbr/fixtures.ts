// Test data for the QBR screen's tests (nothing in the app imports it).
import type { AccountRow } from '../../lib/api';
import type { BatchSummary, DeckPreview, QuarterOption, SavedDeck, SlidePreview } from './decks';

export const HOSTILE = '<img src=x onerror=alert(1)>';
export const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><text x="10" y="20">MAU</text></svg>';

export function slide(title: string): SlidePreview {
  return {
    title,
    notes: [`Notes for ${title}`],
    blocks: [
      { x: 480, y: 270, w: 240, h: 135, content: { kind: 'text', bottom: false, paras: [{ size: 12, bullet: true, align: 'left', runs: [{ text: 'Tickets down', size: 12, bold: false, colour: '#212529' }] }] } },
      { x: 0, y: 0, w: 960, h: 6, content: { kind: 'fill', colour: '#0072B2' } },
      { x: 36, y: 18, w: 888, h: 60, content: { kind: 'text', bottom: true, paras: [{ size: 26, bullet: false, align: 'left', runs: [{ text: title, size: 26, bold: true, colour: '#212529' }] }] } },
    ],
  };
}

/** A deck of `n` slides titled "<prefix> 1".."<prefix> n". */
export function deck(prefix: string, n = 12): DeckPreview {
  return { title: `${prefix} deck`, width: 960, height: 540, slides: Array.from({ length: n }, (_, i) => slide(`${prefix} ${i + 1}`)) };
}

export const QUARTERS: QuarterOption[] = [
  { id: '2026-Q3', label: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' },
  { id: '2026-Q2', label: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' },
];

export function row(account_id: string, name: string): AccountRow {
  return {
    account_id, name, owner: null, industry: null, region: null, health: 70, band: 'green', health_change: null, arr: 12_000, stage: 'adopting',
    breadth: null, usage_change: null, monthly_active_users: 10, renewal: null, alerts: 0, at_risk: false, needs_segment: null, value_tier: null,
  };
}

export const ROWS: AccountRow[] = [row('ACC-1', 'Acme GmbH'), row('ACC-2', 'Globex'), row('ACC-3', 'Initech'), row('ACC-4', HOSTILE)];

export function saved(path: string, bytes = 1_200_000): SavedDeck {
  return { path, bytes, format: path.endsWith('.pdf') ? 'pdf' : 'pptx', slides: 12, missing_glyphs: [], font_packages: [] };
}

export function summary(over: Partial<BatchSummary> = {}): BatchSummary {
  return { quarter: '2026-Q3', dir: '/home/cs/Documents/Waypoint/QBR 2026-Q3', total: 3, decks: 3, files: 3, bytes: 3_000_000, failures: [], cancelled: false, skipped: 0, ...over };
}
