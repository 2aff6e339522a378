// The import screen's commands (src-tauri/src/import_cmds.rs), through the app's one caller.
// Every type is generated from Rust (lib/bindings, via ts-rs); never retype them.
import { Channel } from '@tauri-apps/api/core';
import { call } from '../../lib/api';
import type { ColumnMatch } from '../../lib/bindings/ColumnMatch';
import type { ImportColumn } from '../../lib/bindings/ImportColumn';
import type { ImportCounts } from '../../lib/bindings/ImportCounts';
import type { ImportKindInfo } from '../../lib/bindings/ImportKindInfo';
import type { ImportOutcome } from '../../lib/bindings/ImportOutcome';
import type { ImportPreview } from '../../lib/bindings/ImportPreview';
import type { ImportProblem } from '../../lib/bindings/ImportProblem';
import type { ImportProgress } from '../../lib/bindings/ImportProgress';
import type { ImportRequest } from '../../lib/bindings/ImportRequest';
import type { PreviewRow } from '../../lib/bindings/PreviewRow';
import type { UnknownAccountsChoice } from '../../lib/bindings/UnknownAccountsChoice';

export type {
  ColumnMatch, ImportColumn, ImportCounts, ImportKindInfo, ImportOutcome, ImportPreview, ImportProblem, ImportProgress,
  ImportRequest, PreviewRow, UnknownAccountsChoice,
};

/** The kinds of file, with their columns, in the order they are best imported. */
export function importKinds(): Promise<ImportKindInfo[]> {
  return call<ImportKindInfo[]>('import_kinds');
}

/** The first rows of the file at `path` read as `kind` (null: as the kind it looks like). */
export function importPreview(path: string, kind: string | null): Promise<ImportPreview> {
  return call<ImportPreview>('import_preview', { path, kind });
}

/**
 * Imports (or with `request.dry_run`, only checks) a file; `onprogress` hears how far it has
 * read. A refused or cancelled file resolves with `problem` set: nothing of it was stored.
 */
export function importRun(request: ImportRequest, onprogress: (progress: ImportProgress) => void): Promise<ImportOutcome> {
  const progress = new Channel<ImportProgress>();
  progress.onmessage = onprogress;
  return call<ImportOutcome>('import_run', { request, progress });
}

/** Asks the running import to stop and roll back; false when none was running. */
export function importCancel(): Promise<boolean> {
  return call<boolean>('import_cancel');
}
