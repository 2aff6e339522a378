import { describe, expect, it } from 'vitest';
import { ROWS, summary } from './fixtures';
import {
  batchFolder, box, dirOf, fileStem, joinPath, matchAccounts, nextPath, pct, portfolioFileName, progressText, progressValue, pt,
  qbrFileName, summaryText, withExtension,
} from './qbr';

describe('slide geometry', () => {
  it('places a frame in points as percentages of the 960 x 540 page', () => {
    expect(box({ x: 480, y: 270, w: 240, h: 135 })).toEqual({ left: '50%', top: '50%', width: '25%', height: '25%' });
    // The content title: 36/960 = 3.75%, 18/540 = 3.3333%, 888/960 = 92.5%, 60/540 = 11.1111%.
    expect(box({ x: 36, y: 18, w: 888, h: 60 })).toEqual({ left: '3.75%', top: '3.3333%', width: '92.5%', height: '11.1111%' });
    expect(pct(0.36, 1)).toBe('36%');
  });

  it('sizes text in slide widths, so a thumbnail keeps the proportions', () => {
    expect(pt(9.6)).toBe('1cqw');
    expect(pt(26)).toBe('2.7083cqw');
    expect(pt(12 * 2.1)).toBe('2.625cqw');
  });
});

describe('paths and names', () => {
  it('makes customer names into readable, safe file names', () => {
    expect(fileStem('Acme GmbH')).toBe('Acme GmbH');
    expect(fileStem('A/B: "C" <D>?')).toBe('A_B_ _C_ _D__');
    expect(fileStem('  ..hidden.  ')).toBe('hidden');
    expect(fileStem('x'.repeat(500))).toHaveLength(80);
    expect(fileStem('東京 株式会社')).toBe('東京 株式会社');
    expect(fileStem('///')).toBe('___');
    expect(fileStem('...')).toBe('deck');
    expect(qbrFileName('Acme GmbH', '2026-Q3')).toBe('Acme GmbH-2026-Q3.pptx');
    expect(portfolioFileName('2026-Q3')).toBe('Portfolio-2026-Q3.pptx');
  });

  it('joins and splits with the separator the path already uses', () => {
    expect(joinPath('/home/cs/Documents/Waypoint', 'a.pptx')).toBe('/home/cs/Documents/Waypoint/a.pptx');
    expect(joinPath('/home/cs/', 'a.pptx')).toBe('/home/cs/a.pptx');
    expect(joinPath('C:\\Users\\cs\\Documents\\Waypoint', 'a.pptx')).toBe('C:\\Users\\cs\\Documents\\Waypoint\\a.pptx');
    expect(dirOf('/home/cs/a.pptx')).toBe('/home/cs');
    expect(dirOf('/a.pptx')).toBe('/');
    expect(dirOf('a.pptx')).toBeNull();
    expect(batchFolder('/docs/Waypoint', '2026-Q3')).toBe('/docs/Waypoint/QBR 2026-Q3');
  });

  it('lets the button decide the extension', () => {
    expect(withExtension('/d/Acme-2026-Q3.pptx', 'pdf')).toBe('/d/Acme-2026-Q3.pdf');
    expect(withExtension('/d/Acme-2026-Q3.PDF', 'pptx')).toBe('/d/Acme-2026-Q3.pptx');
    expect(withExtension(' /d/review ', 'pdf')).toBe('/d/review.pdf');
    expect(withExtension('/d/notes.txt', 'pptx')).toBe('/d/notes.txt.pptx');
  });

  it('keeps the chosen folder and format when the deck changes', () => {
    expect(nextPath('', 'Globex-2026-Q3.pptx', '/docs/Waypoint')).toBe('/docs/Waypoint/Globex-2026-Q3.pptx');
    expect(nextPath('/tmp/mine/Acme-2026-Q3.pdf', 'Globex-2026-Q3.pptx', '/docs/Waypoint')).toBe('/tmp/mine/Globex-2026-Q3.pdf');
    expect(nextPath('Acme-2026-Q3.pptx', 'Globex-2026-Q3.pptx', '/docs/Waypoint')).toBe('/docs/Waypoint/Globex-2026-Q3.pptx');
    expect(nextPath('', 'Globex-2026-Q3.pptx', null)).toBe('Globex-2026-Q3.pptx');
  });
});

describe('batch words', () => {
  it('says where a batch stands', () => {
    expect(progressText({ done: 12, total: 270, account: 'Acme GmbH', failed: 0 })).toBe('12 of 270 · Acme GmbH');
    expect(progressText({ done: 0, total: 270, account: null, failed: 0 })).toBe('0 of 270');
    expect(progressValue({ done: 27, total: 270, account: null, failed: 0 })).toBe(0.1);
    expect(progressValue({ done: 0, total: 0, account: null, failed: 0 })).toBeNull();
    expect(progressValue(null)).toBeNull();
  });

  it('sums a batch up in one sentence', () => {
    expect(summaryText(summary())).toBe('Wrote 3 files for 3 decks (3 MB) to /home/cs/Documents/Waypoint/QBR 2026-Q3.');
    const failed = { account_id: 'ACC-2', account: 'Globex', code: 'db', message: 'disk full' };
    expect(summaryText(summary({ decks: 1, files: 2, bytes: 2048, failures: [failed], cancelled: true, skipped: 1 }))).toBe(
      'Wrote 2 files for 1 deck (2 KB) to /home/cs/Documents/Waypoint/QBR 2026-Q3. 1 deck failed. Cancelled: 1 deck was not started.',
    );
    expect(summaryText(summary({ total: 0, decks: 0, files: 0, bytes: 0 }))).toBe('No account was paying at the end of Q3 2026: no deck to write.');
  });

});

describe('account search', () => {
  it('matches name or id, ignoring case and accents, names starting with the query first', () => {
    const rows = [...ROWS, { ...ROWS[0], account_id: 'ACC-9', name: 'Société Générale' }, { ...ROWS[0], account_id: 'ACC-10', name: 'Big Acme' }];
    expect(matchAccounts(rows, 'acme').map((r) => r.name)).toEqual(['Acme GmbH', 'Big Acme']);
    expect(matchAccounts(rows, 'SOCIETE').map((r) => r.account_id)).toEqual(['ACC-9']);
    expect(matchAccounts(rows, 'acc-3').map((r) => r.name)).toEqual(['Initech']);
    expect(matchAccounts(rows, '', 2)).toHaveLength(2);
    expect(matchAccounts(rows, 'zzz')).toEqual([]);
  });
});
