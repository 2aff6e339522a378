// Pure rules of the settings screen: form state, live weight shares, the same validation the
// engine applies (views/src/settings_view*.rs) so a field says what is wrong while it is typed,
// and the payloads the commands take. No I/O here.
import type { BrandInput, BrandView, KeyStorage, ScorecardInput, ScorecardView, Threshold, ThresholdInput } from './commands';
import { formatFixed, formatNumber, formatPercent } from '../../lib/format';
import { renderText, t } from '../../lib/i18n.svelte';
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

/** A share in percent (0..100) with at most one decimal: 20 -> "20%", 22.222 -> "22.2%" / "22,2 %". */
export function formatShare(share: number): string {
  return formatPercent(share / 100, 1);
}

function bandProblem(v: Typed): string | null {
  if (!usable(v)) return t('ui-settings-error-number');
  if (!Number.isInteger(v) || v < 0 || v > 100) return t('ui-settings-error-band');
  return null;
}

export function scorecardErrors(form: ScorecardForm): Errors {
  const errors: Errors = {};
  for (const [key, w] of Object.entries(form.weights)) {
    if (!usable(w)) errors[key] = t('ui-settings-error-number');
    else if (w < 0) errors[key] = t('ui-settings-error-weight-negative');
  }
  const weights = Object.values(form.weights);
  if (weights.every(usable) && weights.every((w) => (w as number) <= 0)) errors.weights = t('ui-settings-error-weights-zero');
  const green = bandProblem(form.green_at);
  const yellow = bandProblem(form.yellow_at);
  if (green) errors.green_at = green;
  if (yellow) errors.yellow_at = yellow;
  if (!green && !yellow && (form.green_at as number) <= (form.yellow_at as number)) {
    errors.green_at = t('ui-settings-error-green-above-yellow', { yellow: form.yellow_at as number });
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
  return Object.fromEntries(thresholds.map((th) => [th.key, th[which]]));
}

/** "1–365 days", "1–50 ×": the unit is the engine's word, the numbers the locale's. */
export function rangeText(th: Threshold): string {
  return t('ui-settings-range', { min: formatNumber(th.min, 6), max: formatNumber(th.max, 6), unit: renderText(th.unit) });
}

export function thresholdErrors(thresholds: Threshold[], form: ThresholdForm): Errors {
  const errors: Errors = {};
  for (const th of thresholds) {
    const v = form[th.key];
    if (!usable(v)) errors[th.key] = t('ui-settings-error-number');
    else if (v < th.min || v > th.max) errors[th.key] = t('ui-settings-error-range', { range: rangeText(th) });
    else if (th.integer && !Number.isInteger(v)) errors[th.key] = t('ui-settings-error-whole');
  }
  return errors;
}

export function thresholdPayload(thresholds: Threshold[], form: ThresholdForm): ThresholdInput[] {
  return thresholds.map((th) => ({ key: th.key, value: form[th.key] ?? NaN }));
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
  if (!company) errors.company = t('ui-settings-error-company');
  else if ([...company].length > 100) errors.company = t('ui-settings-error-company-long', { max: 100 });
  if (!isColour(form.accent)) errors.accent = t('ui-settings-error-colour', { example: '#0072B2' });
  if (!isColour(form.dark)) errors.dark = t('ui-settings-error-colour', { example: '#212529' });
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
  if (from === 'passphrase' && current === '') return t('ui-settings-rekey-type-current');
  if (to === 'passphrase') return passphraseProblem(passphrase, repeat);
  return null;
}

export { formatBytes } from '../../lib/format';

export function keyStorageLabel(k: KeyStorage): string {
  return k === 'keyring' ? t('ui-settings-key-keyring') : t('ui-settings-key-passphrase');
}

/** An AUC with its 95% interval when it has one: "0.88 (95% interval 0.85 to 0.91)". */
export function aucText(value: number | null, low: number | null, high: number | null): string {
  if (value === null) return '–';
  if (low === null || high === null) return formatFixed(value, 2);
  return t('ui-score-check-auc-value', { auc: formatFixed(value, 2), low: formatFixed(low, 2), high: formatFixed(high, 2) });
}
