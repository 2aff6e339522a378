// The brief screen's pure rules: the prospect the backend reads, what the evidence depends on,
// and the default file.
import { describe, expect, it } from 'vitest';
import { defaultPath, emptyForm, evidenceKey, fileStem, formatDays, formatMoney, numberOrNull, toProspect, withExtension } from './brief';

describe('the prospect sent to the backend', () => {
  it('is the CLI profile JSON: blanks as null, trimmed text, whole employees and seats', () => {
    const form = { ...emptyForm(), name: '  Northwind Logistics ', industry: 'Logistics', employees: 800.4, region: ' ', modules: ['monitoring'], seats: 60, expectedMrr: 2500 };
    expect(toProspect(form)).toEqual({
      name: 'Northwind Logistics',
      industry: 'Logistics',
      employees: 800,
      region: null,
      modules: ['monitoring'],
      seats: 60,
      expected_mrr: 2500,
    });
    expect(toProspect(emptyForm())).toEqual({ name: '', industry: null, employees: null, region: null, modules: [], seats: null, expected_mrr: null });
  });

  it('drops numbers the backend would refuse', () => {
    expect(numberOrNull(undefined)).toBeNull();
    expect(numberOrNull(Number.NaN)).toBeNull();
    expect(numberOrNull(-3)).toBeNull();
    expect(numberOrNull(2.6, true)).toBe(3);
    expect(numberOrNull(2.6)).toBe(2.6);
  });

  it('keys the evidence on everything but the name, whatever the module order', () => {
    const a = toProspect({ ...emptyForm(), name: 'A', modules: ['x', 'y'] });
    const b = toProspect({ ...emptyForm(), name: 'B', modules: ['y', 'x'] });
    expect(evidenceKey(a)).toBe(evidenceKey(b));
    expect(evidenceKey(a)).not.toBe(evidenceKey({ ...a, region: 'EMEA' }));
  });
});

describe('the file', () => {
  it('is named after the prospect under Documents/Waypoint', () => {
    expect(defaultPath('Northwind Logistics')).toBe('~/Documents/Waypoint/northwind-logistics-value-brief.pdf');
    expect(defaultPath('Café <Crème> & Co.', 'pptx')).toBe('~/Documents/Waypoint/cafe-creme-co-value-brief.pptx');
    expect(defaultPath('')).toBe('~/Documents/Waypoint/prospect-value-brief.pdf');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('x'.repeat(300))).toHaveLength(80);
  });

  it('takes the extension of the button pressed', () => {
    expect(withExtension('/tmp/a.pdf', 'pptx')).toBe('/tmp/a.pptx');
    expect(withExtension(' /tmp/a.PPTX ', 'pdf')).toBe('/tmp/a.pdf');
    expect(withExtension('/tmp/brief', 'pdf')).toBe('/tmp/brief.pdf');
  });
});

describe('numbers', () => {
  it('formats days and money, with a dash for what is missing', () => {
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(34.2)).toBe('34 days');
    expect(formatDays(null)).toBe('—');
    expect(formatMoney(213000, 'USD')).toBe('$213,000');
    expect(formatMoney(5, 'NOPE!')).toBe('5 NOPE!');
    expect(formatMoney(5, null)).toBe('5');
  });
});
