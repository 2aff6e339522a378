// Native file dialogs and "show in folder". File paths reach the engine only from the user's
// own choice in a native dialog (or typed by them); the webview never browses the disk itself.
import { open, save } from '@tauri-apps/plugin-dialog';
import { revealItemInDir } from '@tauri-apps/plugin-opener';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** One existing file chosen by the user, or null when they cancelled. */
export async function pickFile(title: string, filters: FileFilter[]): Promise<string | null> {
  const chosen = await open({ title, multiple: false, directory: false, filters });
  return typeof chosen === 'string' ? chosen : null;
}

/** A folder chosen by the user, or null. */
export async function pickFolder(title: string): Promise<string | null> {
  const chosen = await open({ title, multiple: false, directory: true });
  return typeof chosen === 'string' ? chosen : null;
}

/** Where to save, starting from `defaultPath`; null when cancelled. */
export async function pickSavePath(title: string, defaultPath: string, filters: FileFilter[]): Promise<string | null> {
  return (await save({ title, defaultPath, filters })) ?? null;
}

/** Shows a saved file in the system's file manager. */
export function reveal(path: string): Promise<void> {
  return revealItemInDir(path);
}
