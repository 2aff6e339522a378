// Writes started from a row's button (complete a task, complete or reopen a milestone): one
// request per row at a time, so a double click is one write; the list is reloaded after; a
// failure stays on screen as a toast naming the row, because the row itself does not change.
import { SvelteSet } from 'svelte/reactivity';
import { completeTask, toApiError } from './api';
import { t } from './i18n.svelte';
import { push } from './kit';

export interface BusyActions<K> {
  /** Keys of the rows being written right now (their buttons are disabled). */
  readonly busy: ReadonlySet<K>;
  /** Runs `write` for the row `key` unless one runs already; `failure` words the toast from
   *  the error's message (a whole sentence, so each language can place it). */
  run(key: K, write: () => Promise<unknown>, failure: (error: string) => string): Promise<void>;
}

/** `reload` runs after each write; it is called afresh each time, so it may be a prop. */
export function busyActions<K>(reload: () => Promise<void>): BusyActions<K> {
  const busy = new SvelteSet<K>();
  return {
    busy,
    async run(key, write, failure) {
      if (busy.has(key)) return;
      busy.add(key);
      try {
        await write();
        await reload();
      } catch (raw) {
        push({ message: failure(toApiError(raw).message), tone: 'bad', timeout: 0 });
      } finally {
        busy.delete(key);
      }
    },
  };
}

export interface TaskCompleter {
  /** Ids of the tasks being completed right now (their Done buttons are disabled). */
  readonly busy: ReadonlySet<number>;
  done(task: { id: number; title: string }): Promise<void>;
}

/** Completing a task, from whichever list shows it (an account's tasks, the task inbox). */
export function taskCompleter(reload: () => Promise<void>): TaskCompleter {
  const actions = busyActions<number>(reload);
  return {
    busy: actions.busy,
    done: (task) =>
      actions.run(task.id, () => completeTask(task.id), (error) => t('ui-task-complete-failed', { title: task.title, error })),
  };
}
