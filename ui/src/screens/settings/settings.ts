// Pure rules of the settings screen: form state, live weight shares, the same validation the
// engine applies (views/src/settings_view*.rs) so a field says what is wrong while it is typed,
// and the payloads the commands take. No I/O here.
import type { BrandInput, BrandView, KeyStorage, ScorecardInput, ScorecardView, Threshold, ThresholdInput } from './commands';
import { passphraseProblem } from '../unlock';

/** A number input's value as Svelte binds it: a number, or null while empty or unparsable. */
export type Typed = number | null;

/** Field key -> message; empty when the form can be saved. */
export type Errors = Record<string, string>;

export interface ScorecardForm {
  weights: Record<string, Typed>;
  green_at: Typed;
  yellow_at: Typed;
}

export function scorecardForm(view: ScorecardView): ScorecardForm {
  return {
    weights: Object.fromEntries(view.components.map((c) => [c.key, c.weight])),
    green_at: view.green_at,
    yellow_at: view.yellow_at,
  };
}

export function defaultScorecardForm(view: ScorecardView): ScorecardForm {
  return {
    weights: Object.fromEntries(view.components.map((c) => [c.key, c.default])),
    green_at: view.default_green_at,
    yellow_at: view.default_yellow_at,
  };
}

function usable(v: Typed): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Each component's share of the score in percent, as the engine normalises weights (weight /
 *  sum of weights). A weight not usable yet counts as 0; all 0 when nothing is above 0. */
export function shares(weights: Record<string, Typed>): Record<string, number> {
  const valid = Object.values(weights).filter((w): w is number => usable(w) && w > 0);
  const total = valid.reduce((sum, w) => sum + w, 0);
  return Object.fromEntries(
    Object.entries(weights).map(([key, w]) => [key, total > 0 && usable(w) && w > 0 ? (100 * w) / total : 0]),
  );
}

/** 20 -> "20%", 22.222 -> "22.2%". */
export function formatShare(share: number): string {
  const rounded = Math.round(share * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)}%`;
}

function bandProblem(v: Typed): string | null {
  if (!usable(v)) return 'Enter a number.';
  if (!Number.isInteger(v) || v < 0 || v > 100) return 'Use a whole number from 0 to 100.';
  return null;
}

export function scorecardErrors(form: ScorecardForm): Errors {
  const errors: Errors = {};
  for (const [key, w] of Object.entries(form.weights)) {
    if (!usable(w)) errors[key] = 'Enter a number.';
    else if (w < 0) errors[key] = 'Use 0 or more.';
  }
  const weights = Object.values(form.weights);
  if (weights.every(usable) && weights.every((w) => (w as number) <= 0)) errors.weights = 'At least one weight must be above 0.';
  const green = bandProblem(form.green_at);
  const yellow = bandProblem(form.yellow_at);
  if (green) errors.green_at = green;
  if (yellow) errors.yellow_at = yellow;
  if (!green && !yellow && (form.green_at as number) <= (form.yellow_at as number)) {
    errors.green_at = `Must be above the yellow limit (${form.yellow_at}).`;
  }
  return errors;
}

export function scorecardPayload(form: ScorecardForm): ScorecardInput {
  return {
    weights: Object.entries(form.weights).map(([key, weight]) => ({ key, weight: weight ?? NaN })),
    green_at: form.green_at ?? NaN,
    yellow_at: form.yellow_at ?? NaN,
  };
}

export type ThresholdForm = Record<string, Typed>;

export function thresholdForm(thresholds: Threshold[], which: 'value' | 'default' = 'value'): ThresholdForm {
  return Object.fromEntries(thresholds.map((t) => [t.key, t[which]]));
}

function plain(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** "1–365 days", "1–50 ×". */
export function rangeText(t: Threshold): string {
  return `${plain(t.min)}–${plain(t.max)} ${t.unit}`;
}

export function thresholdErrors(thresholds: Threshold[], form: ThresholdForm): Errors {
  const errors: Errors = {};
  for (const t of thresholds) {
    const v = form[t.key];
    if (!usable(v)) errors[t.key] = 'Enter a number.';
    else if (v < t.min || v > t.max) errors[t.key] = `Use ${rangeText(t)}.`;
    else if (t.integer && !Number.isInteger(v)) errors[t.key] = 'Use a whole number.';
  }
  return errors;
}

export function thresholdPayload(thresholds: Threshold[], form: ThresholdForm): ThresholdInput[] {
  return thresholds.map((t) => ({ key: t.key, value: form[t.key] ?? NaN }));
}

export interface BrandForm {
  company: string;
  accent: string;
  dark: string;
  /** A new PNG to read in; empty keeps the current logo. */
  logo: string;
  remove_logo: boolean;
}

export function brandForm(view: BrandView): BrandForm {
  return { company: view.company, accent: view.accent, dark: view.dark, logo: '', remove_logo: false };
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function isColour(text: string): boolean {
  return COLOUR.test(text.trim());
}

export function brandErrors(form: BrandForm): Errors {
  const errors: Errors = {};
  const company = form.company.trim();
  if (!company) errors.company = 'Enter the company name.';
  else if ([...company].length > 100) errors.company = 'Use at most 100 characters.';
  if (!isColour(form.accent)) errors.accent = 'Use a #RRGGBB colour, e.g. #0072B2.';
  if (!isColour(form.dark)) errors.dark = 'Use a #RRGGBB colour, e.g. #212529.';
  return errors;
}

export function brandPayload(form: BrandForm): BrandInput {
  const logo = form.logo.trim();
  return {
    company: form.company.trim(),
    accent: form.accent.trim().toUpperCase(),
    dark: form.dark.trim().toUpperCase(),
    logo: logo === '' ? null : logo,
    remove_logo: logo === '' && form.remove_logo,
  };
}

/** Why a rekey cannot start yet, or null. `current` is asked for when the workspace is kept
 *  by passphrase; a new passphrase follows the first-run rules (8 characters, typed twice). */
export function rekeyProblem(from: KeyStorage, to: KeyStorage, current: string, passphrase: string, repeat: string): string | null {
  if (from === 'passphrase' && current === '') return 'Type the current passphrase.';
  if (to === 'passphrase') return passphraseProblem(passphrase, repeat);
  return null;
}

export { formatBytes } from '../../lib/format';

export function keyStorageLabel(k: KeyStorage): string {
  return k === 'keyring' ? 'System keyring' : 'Passphrase';
}
