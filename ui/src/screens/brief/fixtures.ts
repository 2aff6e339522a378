// Answers of the brief commands for the screen's tests, shaped by the generated bindings so a
// change on the Rust side fails to type-check here.
import type { BriefEvidence, BriefOptions, SavedBrief } from './brief';
import { textOf } from '../../lib/i18n.svelte';

export const OPTIONS: BriefOptions = {
  as_of: '2026-10-31',
  currency: 'USD',
  customers: 24,
  min_evidence: 5,
  industries: [
    { value: 'Logistics', customers: 6 },
    { value: 'Retail', customers: 4 },
  ],
  regions: [
    { value: 'EMEA', customers: 9 },
    { value: 'NA', customers: 12 },
  ],
  modules: [
    { key: 'monitoring', name: 'Monitoring' },
    { key: 'visualization', name: 'Visualization' },
  ],
  sizes: [
    { label: textOf('brief-size-under', { max: { type: 'int', value: 50 } }), min: 1, max: 49, employees: 20, customers: 3 },
    { label: textOf('brief-size-range', { min: { type: 'int', value: 250 }, max: { type: 'int', value: 999 } }), min: 250, max: 999, employees: 500, customers: 9 },
    { label: textOf('brief-size-over', { min: { type: 'int', value: 5000 } }), min: 5000, max: null, employees: 10000, customers: 0 },
  ],
};

const SLIDES = [
  'X: what customers like you achieved',
  'Who we compared with',
  'How fast they adopted each module',
  'Time to value and where they are now',
  'How long customers like you stay',
  'Recommended 30/60/90-day plan',
  'Method',
];

export function evidence(comparables = 19, overrides: Partial<BriefEvidence> = {}): BriefEvidence {
  return {
    as_of: '2026-10-31',
    currency: 'USD',
    min_evidence: 5,
    comparables,
    enough: true,
    message: null,
    active: comparables - 2,
    former: 2,
    widened: false,
    matched: [
      { criterion: 'industry', label: textOf('brief-match-industry', { industry: { type: 'str', value: 'Logistics' } }), points: 3, customers: 6 },
      { criterion: 'size', label: textOf('brief-match-size', { from: { type: 'int', value: 400 }, to: { type: 'int', value: 1600 } }), points: 2, customers: 8 },
    ],
    unknown_modules: [],
    adoption: [
      { module: 'Monitoring', adopted: 12, customers: 14, median_days: 9 },
      { module: 'Visualization', adopted: 3, customers: 14, median_days: null },
    ],
    time_to_value: { customers: 11, median_days: 34, within_90_days: 0.82 },
    outcomes: { customers: comparables - 2, breadth: 0.8, stickiness: 0.25, depth: 0.61, health: 82 },
    retention: {
      retained_12m: 0.95,
      retained_24m: 0.9,
      all_12m: 0.9,
      all_24m: 0.8,
      lifetime_years: 7.1,
      annual_value: 30000,
      lifetime_value: 213000,
      note: null,
    },
    plan: [{ phase: '30', title: 'Kick-off and admin setup', had: 19, done: 19 }],
    slides: SLIDES,
    ...overrides,
  };
}

/** The "fewer than 5" answer: a count and a message, no figure. */
export function notEnough(comparables = 3): BriefEvidence {
  return evidence(comparables, {
    enough: false,
    message: textOf('brief-not-enough', { count: { type: 'int', value: comparables }, min: { type: 'int', value: 5 } }),
    active: comparables,
    former: 0,
    matched: [],
    adoption: [],
    time_to_value: null,
    outcomes: null,
    retention: null,
    plan: [],
  });
}

export function saved(path: string): SavedBrief {
  return { path: path.replace(/^~/, '/home/se'), bytes: 48_213, format: path.endsWith('.pdf') ? 'pdf' : 'pptx', slides: 7, missing_glyphs: [], font_packages: [] };
}
