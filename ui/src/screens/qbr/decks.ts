// The QBR screen's commands (src-tauri/src/deck_cmds.rs), typed with the bindings generated
// from Rust. Kept apart from the pure helpers in qbr.ts so tests replace only the I/O.
import { Channel } from '@tauri-apps/api/core';
import { call, type Theme } from '../../lib/api';
import { lang, type Lang } from '../../lib/i18n.svelte';
import type { BatchProgress } from '../../lib/bindings/BatchProgress';
import type { BatchSummary } from '../../lib/bindings/BatchSummary';
import type { DeckFormat } from '../../lib/bindings/DeckFormat';
import type { DeckPreview } from '../../lib/bindings/DeckPreview';
import type { QuarterOption } from '../../lib/bindings/QuarterOption';
import type { SavedDeck } from '../../lib/bindings/SavedDeck';

export type { BatchProgress, BatchSummary, DeckFormat, DeckPreview, QuarterOption, SavedDeck };
export type { BatchFailure } from '../../lib/bindings/BatchFailure';
export type { BlockContent } from '../../lib/bindings/BlockContent';
export type { BlockPreview } from '../../lib/bindings/BlockPreview';
export type { ParaPreview } from '../../lib/bindings/ParaPreview';
export type { SlidePreview } from '../../lib/bindings/SlidePreview';

/** Quarters with data, the latest complete first, labelled in the UI's language ("T3 2026"). */
export function deckQuarters(): Promise<QuarterOption[]> {
  return call<QuarterOption[]>('deck_quarters', { lang: lang() });
}

/** The folder decks go to by default (Documents/Waypoint), absolute. */
export function deckFolder(): Promise<string> {
  return call<string>('deck_folder');
}

/** `language` is the deck's, which may differ from the UI's (a deck for a French customer). */
export function qbrPreview(account: string, quarter: string, theme: Theme, language: Lang = lang()): Promise<DeckPreview> {
  return call<DeckPreview>('qbr_preview', { account, quarter, theme, lang: language });
}

export function portfolioPreview(quarter: string, theme: Theme, language: Lang = lang()): Promise<DeckPreview> {
  return call<DeckPreview>('portfolio_preview', { quarter, theme, lang: language });
}

/** Writes the QBR to `path`; the format follows its extension (.pptx or .pdf). */
export function saveQbr(account: string, quarter: string, path: string, language: Lang = lang()): Promise<SavedDeck> {
  return call<SavedDeck>('save_qbr', { account, quarter, path, lang: language });
}

export function savePortfolio(quarter: string, path: string, language: Lang = lang()): Promise<SavedDeck> {
  return call<SavedDeck>('save_portfolio', { quarter, path, lang: language });
}

/** Every paying account's QBR into `dir`; `onprogress` hears of each deck. */
export function qbrBatch(
  quarter: string,
  dir: string,
  formats: DeckFormat[],
  onprogress: (p: BatchProgress) => void,
  language: Lang = lang(),
): Promise<BatchSummary> {
  const progress = new Channel<BatchProgress>();
  progress.onmessage = onprogress;
  return call<BatchSummary>('qbr_batch', { quarter, dir, formats, progress, lang: language });
}

/** Stops the running batch before its next deck; false when none runs. */
export function qbrBatchCancel(): Promise<boolean> {
  return call<boolean>('qbr_batch_cancel');
}
