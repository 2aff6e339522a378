// The value brief screen's commands (src-tauri/src/brief_cmds.rs), typed with the bindings
// generated from Rust, and its pure helpers: the form turned into the prospect the backend
// reads, the default file name, and the wording of its counts. No DOM here, so the rules are
// tested on their own.
import { call } from '../../lib/api';
import { DASH, missing } from '../../lib/format';
import { lang, t, type Lang } from '../../lib/i18n.svelte';
import type { BriefEvidence } from '../../lib/bindings/BriefEvidence';
// A brief is saved like a deck: the same formats and the same answer.
import type { DeckFormat as BriefFormat } from '../../lib/bindings/DeckFormat';
import type { BriefOptions } from '../../lib/bindings/BriefOptions';
import type { Prospect } from '../../lib/bindings/Prospect';
import type { SavedDeck as SavedBrief } from '../../lib/bindings/SavedDeck';

export { formatBytes, formatDate, formatInt, formatMoney, formatPercent } from '../../lib/format';

export type { BriefEvidence, BriefFormat, BriefOptions, Prospect, SavedBrief };
export type { BriefSizeBand } from '../../lib/bindings/BriefSizeBand';

/** Industries, regions, size bands and modules the form offers. */
export function briefOptions(): Promise<BriefOptions> {
  return call<BriefOptions>('brief_options');
}

/** The comparable customers for `prospect` and the numbers the brief would show; the slide
 *  titles and matching criteria come in the brief's `language`, as the file will say them. */
export function briefEvidence(prospect: Prospect, language: Lang = lang()): Promise<BriefEvidence> {
  return call<BriefEvidence>('brief_evidence', { prospect, lang: language });
}

/** Writes the brief to `path` in `language`; the format follows its extension (.pptx or .pdf). */
export function saveBrief(prospect: Prospect, path: string, language: Lang = lang()): Promise<SavedBrief> {
  return call<SavedBrief>('save_brief', { prospect, path, lang: language });
}

/** Wait after the last keystroke before asking for evidence: each answer reads the whole book. */
export const EVIDENCE_DELAY_MS = 350;

/** The form as the inputs hold it: number inputs give a number, or null/undefined when empty. */
export interface BriefForm {
  name: string;
  industry: string;
  employees: number | null | undefined;
  region: string;
  modules: string[];
  seats: number | null | undefined;
  expectedMrr: number | null | undefined;
}

export function emptyForm(): BriefForm {
  return { name: '', industry: '', employees: null, region: '', modules: [], seats: null, expectedMrr: null };
}

/** A usable number from an input, else null (empty, NaN, negative: the backend would refuse). */
export function numberOrNull(x: number | null | undefined, integer = false): number | null {
  if (x === null || x === undefined || !Number.isFinite(x) || x < 0) return null;
  return integer ? Math.round(x) : x;
}

/** The prospect the backend reads: the CLI's profile JSON, blanks as null. */
export function toProspect(form: BriefForm): Prospect {
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    name: form.name.trim(),
    industry: text(form.industry),
    employees: numberOrNull(form.employees, true),
    region: text(form.region),
    modules: [...form.modules],
    seats: numberOrNull(form.seats, true),
    expected_mrr: numberOrNull(form.expectedMrr),
  };
}

/**
 * What the evidence depends on, as a key: every field but the name, which only titles the
 * slides. Typing the name therefore never recomputes the evidence.
 */
export function evidenceKey(p: Prospect): string {
  return JSON.stringify({ ...p, name: '', modules: [...p.modules].sort() });
}

/** A prospect's name as a file name: letters and digits kept, the rest collapsed to '-'. */
export function fileStem(name: string, fallback = 'prospect'): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem || fallback;
}

/** Where a brief goes unless the engineer says otherwise, named in the brief's language.
 *  `~` is expanded by the backend. */
export function defaultPath(name: string, format: BriefFormat = 'pdf', language: Lang = lang()): string {
  const stem = fileStem(name, t('ui-brief-file-prospect', undefined, language));
  return `~/Documents/Waypoint/${stem}-${t('ui-brief-file-suffix', undefined, language)}.${format}`;
}

export { withExtension } from '../../lib/paths';

/** Whole days: "1 day", "34 days" / "34 天" / "34 jours". */
export function formatDays(x: number | null | undefined): string {
  return missing(x) ? DASH : t('ui-brief-days', { count: Math.round(x) });
}

/** Years with at most one decimal: "4.5 years" / "4,5 ans". */
export function formatYears(x: number | null | undefined): string {
  return missing(x) ? DASH : t('ui-brief-years', { count: Math.round(x * 10) / 10 });
}

/** "1 customer", "19 customers". */
export function customers(n: number): string {
  return t('ui-brief-customers', { count: n });
}
