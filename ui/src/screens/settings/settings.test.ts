// The settings screen's pure rules: weight shares as the engine normalises them, the same
// validation the engine applies, and the payloads the commands take.
import { describe, expect, it } from 'vitest';
import { makeSettings } from './fixture';
import * as s from './settings';

const view = makeSettings();

describe('weight shares', () => {
  it('are each weight over the sum, in percent', () => {
    expect(s.shares({ a: 20, b: 15, c: 5 })).toEqual({ a: 50, b: 37.5, c: 12.5 });
    // 1 of 3 -> 33.333…%, shown with one decimal.
    const third = s.shares({ a: 1, b: 2 });
    expect(s.formatShare(third.a)).toBe('33.3%');
    expect(s.formatShare(third.b)).toBe('66.7%');
    expect(s.formatShare(20)).toBe('20%');
  });

  it('leave out weights not usable yet, and are all 0 when nothing is above 0', () => {
    expect(s.shares({ a: 30, b: null, c: -5, d: 10 })).toEqual({ a: 75, b: 0, c: 0, d: 25 });
    expect(s.shares({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
  });

  it('of the default scorecard are the default weights (they sum to 100)', () => {
    const form = s.scorecardForm(view.scorecard);
    expect(s.shares(form.weights).usage_trend).toBe(20);
    expect(s.shares(form.weights).milestones).toBe(5);
  });
});

describe('scorecard validation', () => {
  const form = (over: Partial<s.ScorecardForm>): s.ScorecardForm => ({ ...s.scorecardForm(view.scorecard), ...over });

  it('accepts the defaults', () => {
    expect(s.scorecardErrors(form({}))).toEqual({});
  });

  it('names each wrong field', () => {
    const weights = { ...s.scorecardForm(view.scorecard).weights, nps: -1, depth: null };
    expect(s.scorecardErrors(form({ weights }))).toEqual({ nps: 'Use 0 or more.', depth: 'Enter a number.' });
    const zeros = Object.fromEntries(Object.keys(weights).map((k) => [k, 0]));
    expect(s.scorecardErrors(form({ weights: zeros }))).toEqual({ weights: 'At least one weight must be above 0.' });
    expect(s.scorecardErrors(form({ green_at: 40, yellow_at: 40 }))).toEqual({ green_at: 'Must be above the yellow limit (40).' });
    expect(s.scorecardErrors(form({ green_at: 101 }))).toEqual({ green_at: 'Use a whole number from 0 to 100.' });
    expect(s.scorecardErrors(form({ yellow_at: 40.5 }))).toEqual({ yellow_at: 'Use a whole number from 0 to 100.' });
    expect(s.scorecardErrors(form({ yellow_at: null }))).toEqual({ yellow_at: 'Enter a number.' });
  });

  it('builds the payload in component order', () => {
    const p = s.scorecardPayload(form({ green_at: 75 }));
    expect(p.weights[0]).toEqual({ key: 'usage_trend', weight: 20 });
    expect(p.weights).toHaveLength(8);
    expect([p.green_at, p.yellow_at]).toEqual([75, 40]);
  });
});

describe('thresholds', () => {
  it('are checked against their range and whole-number rule', () => {
    const form = s.thresholdForm(view.thresholds);
    expect(s.thresholdErrors(view.thresholds, form)).toEqual({});
    const bad = { ...form, silent_days: 0, health_drop: 10.5, drop_threshold: 150, ticket_spike_factor: null };
    expect(s.thresholdErrors(view.thresholds, bad)).toEqual({
      silent_days: 'Use 1–365 days.',
      health_drop: 'Use a whole number.',
      drop_threshold: 'Use 5–100 %.',
      ticket_spike_factor: 'Enter a number.',
    });
    expect(s.thresholdErrors(view.thresholds, { ...form, ticket_spike_factor: 2.5 })).toEqual({});
  });

  it('send key and value in the shown unit', () => {
    expect(s.thresholdPayload(view.thresholds, { ...s.thresholdForm(view.thresholds), drop_threshold: 30 })[0]).toEqual({ key: 'drop_threshold', value: 30 });
  });
});

describe('brand', () => {
  it('needs a company and #RRGGBB colours', () => {
    const form = s.brandForm(view.brand);
    expect(s.brandErrors(form)).toEqual({});
    expect(s.brandErrors({ ...form, company: '  ', accent: 'blue', dark: '#12345' })).toEqual({
      company: 'Enter the company name.',
      accent: 'Use a #RRGGBB colour, e.g. #0072B2.',
      dark: 'Use a #RRGGBB colour, e.g. #212529.',
    });
  });

  it('sends trimmed, upper-cased values; a new logo wins over removing the old one', () => {
    const form: s.BrandForm = { company: ' Acme ', accent: '#009e73', dark: '#112233', logo: ' /tmp/logo.png ', remove_logo: true };
    expect(s.brandPayload(form)).toEqual({ company: 'Acme', accent: '#009E73', dark: '#112233', logo: '/tmp/logo.png', remove_logo: false });
    expect(s.brandPayload({ ...form, logo: '' })).toMatchObject({ logo: null, remove_logo: true });
  });
});

describe('rekey and sizes', () => {
  it('asks for the current passphrase and a new one typed twice', () => {
    expect(s.rekeyProblem('passphrase', 'keyring', '', '', '')).toBe('Type the current passphrase.');
    expect(s.rekeyProblem('passphrase', 'keyring', 'old one', '', '')).toBeNull();
    expect(s.rekeyProblem('keyring', 'passphrase', '', 'short', 'short')).toBe('Use at least 8 characters.');
    expect(s.rekeyProblem('keyring', 'passphrase', '', 'long enough', 'long enougH')).toBe('The two passphrases differ.');
    expect(s.rekeyProblem('keyring', 'keyring', '', '', '')).toBeNull();
  });

});
