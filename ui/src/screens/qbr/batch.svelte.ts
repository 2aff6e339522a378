// The book batch's state, kept at module level rather than in a component: writing hundreds of
// decks takes minutes, and the user may switch tabs or screens meanwhile. Coming back shows the
// same progress (and the Cancel button still reaches it) instead of a form that has forgotten
// a batch is running in the backend.
import { toApiError, type ApiError } from '../../lib/api';
import { t, type Lang } from '../../lib/i18n.svelte';
import { push } from '../../lib/kit';
import { qbrBatch, qbrBatchCancel, type BatchProgress, type BatchSummary, type DeckFormat } from './decks';
import { summaryText } from './qbr';

export type Phase = 'idle' | 'running' | 'done' | 'failed';

class BatchJob {
  phase = $state<Phase>('idle');
  progress = $state<BatchProgress | null>(null);
  summary = $state<BatchSummary | null>(null);
  error = $state<ApiError | null>(null);
  cancelling = $state(false);

  /** Runs a batch to its end; resolves when the backend has returned its summary (or failed). */
  async start(quarter: string, dir: string, formats: DeckFormat[], language: Lang): Promise<void> {
    if (this.phase === 'running') return;
    this.phase = 'running';
    this.progress = null;
    this.summary = null;
    this.error = null;
    this.cancelling = false;
    try {
      // Messages can arrive after a newer one was applied; never let the bar go backwards.
      const summary = await qbrBatch(quarter, dir, formats, (p) => {
        if (!this.progress || p.done >= this.progress.done) this.progress = p;
      }, language);
      this.summary = summary;
      this.phase = 'done';
      push({ message: summaryText(summary), tone: summary.failures.length > 0 ? 'caution' : 'good' });
    } catch (raw) {
      this.error = toApiError(raw);
      this.phase = 'failed';
    } finally {
      this.cancelling = false;
    }
  }

  /** Asks the backend to stop before the next deck; the summary arrives through `start`. */
  async cancel(): Promise<void> {
    if (this.phase !== 'running' || this.cancelling) return;
    this.cancelling = true;
    try {
      await qbrBatchCancel();
    } catch (raw) {
      this.cancelling = false;
      push({ message: t('ui-qbr-batch-cancel-error', { error: toApiError(raw).message }), tone: 'bad', timeout: 0 });
    }
  }

  /** Back to the form (tests, and "Start another" after a summary). */
  reset(): void {
    if (this.phase === 'running') return;
    this.phase = 'idle';
    this.progress = null;
    this.summary = null;
    this.error = null;
    this.cancelling = false;
  }
}

export const job = new BatchJob();
