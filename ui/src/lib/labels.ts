// Words for the engine's enum values (bands, severities, priorities, lifecycle stages, sides).
// The generated bindings keep the values as data ("green", "at_risk"); every screen shows them
// through these, so a band reads the same on the home, the accounts table and an account.
// Each value names its message literally: the catalogue key check can then see every key.
import type { Band } from './bindings/Band';
import type { Severity } from './bindings/Severity';
import type { Text } from './bindings/Text';
import { renderText, t } from './i18n.svelte';
import type { Tone } from './kit/types';

/** Healthy / Watch / Unhealthy: "at risk" is kept for the defined at-risk flag (docs/METRICS.md). */
export function bandLabel(band: Band): string {
  switch (band) {
    case 'green':
      return t('ui-band-green');
    case 'yellow':
      return t('ui-band-yellow');
    case 'red':
      return t('ui-band-red');
    case 'no_data':
      return t('ui-band-no-data');
  }
}

export const BAND_TONES: Record<Band, Tone> = { green: 'good', yellow: 'caution', red: 'bad', no_data: 'neutral' };

/** Alert severities; an unknown code is shown as it came. */
export function severityLabel(severity: Severity | string): string {
  switch (severity) {
    case 'high':
      return t('ui-severity-high');
    case 'medium':
      return t('ui-severity-medium');
    case 'low':
      return t('ui-severity-low');
    default:
      return severity;
  }
}

/** Task priorities are free strings in the database; unknown ones are shown as they came. */
export function priorityLabel(priority: string): string {
  switch (priority) {
    case 'urgent':
      return t('ui-priority-urgent');
    case 'high':
      return t('ui-priority-high');
    case 'normal':
      return t('ui-priority-normal');
    case 'low':
      return t('ui-priority-low');
    default:
      return priority;
  }
}

/** Who owes a milestone or task: the customer or us. */
export function sideLabel(side: string): string {
  switch (side) {
    case 'customer':
      return t('ui-side-customer');
    case 'vendor':
      return t('ui-side-vendor');
    default:
      return side;
  }
}

/** Lifecycle stages come as snake_case keys ("at_risk"); an unknown one is shown readably. */
export function stageLabel(stage: string): string {
  switch (stage) {
    case 'onboarding':
      return t('ui-stage-onboarding');
    case 'adoption':
      return t('ui-stage-adoption');
    case 'value':
      return t('ui-stage-value');
    case 'renewal':
      return t('ui-stage-renewal');
    case 'at_risk':
      return t('ui-stage-at-risk');
    case 'churned':
      return t('ui-stage-churned');
    default: {
      const text = stage.replaceAll('_', ' ');
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}

/**
 * A needs segment or value tier in the reader's language, from the labels a view sends with its
 * rows (the engine names needs segments in English, which is also their id); a name without a
 * label is the user's own (a tier they named) and is shown as it is.
 */
export function segmentLabel(name: string | null, labels: Partial<Record<string, Text>>): string {
  return name === null ? '' : storedWords(name, labels[name]);
}

/** Words the engine stored in English but can name in the reader's language (a built-in
 *  playbook's name or step title), else the stored words. */
export function storedWords(words: string, label: Text | null | undefined): string {
  return label ? renderText(label) : words;
}
