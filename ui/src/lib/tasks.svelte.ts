// Completing a task, from whichever list shows it (an account's tasks, the task inbox). One
// request per task at a time, so a double click is one completion; the list is reloaded after;
// a failure stays on screen as a toast naming the task, because the row itself does not change.
import { SvelteSet } from 'svelte/reactivity';
import { completeTask, toApiError } from './api';
import { push } from './kit';

export interface TaskCompleter {
  /** Ids of the tasks being completed right now (their Done buttons are disabled). */
  readonly busy: ReadonlySet<number>;
  done(task: { id: number; title: string }): Promise<void>;
}

/** `reload` runs after each completion; it is called afresh each time, so it may be a prop. */
export function taskCompleter(reload: () => Promise<void>): TaskCompleter {
  const busy = new SvelteSet<number>();
  return {
    busy,
    async done(task) {
      if (busy.has(task.id)) return;
      busy.add(task.id);
      try {
        await completeTask(task.id);
        await reload();
      } catch (raw) {
        push({ message: `Could not complete “${task.title}”: ${toApiError(raw).message}`, tone: 'bad', timeout: 0 });
      } finally {
        busy.delete(task.id);
      }
    },
  };
}
