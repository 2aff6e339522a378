// The settings screen's commands (src-tauri/src/settings_cmds.rs), typed with the bindings
// generated from Rust. Kept apart from the pure rules in settings.ts so tests replace only I/O.
import { call, type WorkspaceView } from '../../lib/api';
import { lang } from '../../lib/i18n.svelte';
import type { BackupDone } from '../../lib/bindings/BackupDone';
import type { BrandInput } from '../../lib/bindings/BrandInput';
import type { KeyStorage } from '../../lib/bindings/KeyStorage';
import type { ScorecardInput } from '../../lib/bindings/ScorecardInput';
import type { SettingsView } from '../../lib/bindings/SettingsView';
import type { ThresholdInput } from '../../lib/bindings/ThresholdInput';

export type { BackupDone, BrandInput, KeyStorage, ScorecardInput, SettingsView, ThresholdInput };
export type { BrandView } from '../../lib/bindings/BrandView';
export type { ScorecardView } from '../../lib/bindings/ScorecardView';
export type { Threshold } from '../../lib/bindings/Threshold';
export type { WeightView } from '../../lib/bindings/WeightView';
export type { WorkspaceFile } from '../../lib/bindings/WorkspaceFile';

export function settings(): Promise<SettingsView> {
  return call<SettingsView>('settings');
}

/** Saves the scorecard; every screen recomputes with it. */
export function saveScorecard(scorecard: ScorecardInput): Promise<SettingsView> {
  return call<SettingsView>('save_scorecard', { scorecard });
}

export function saveThresholds(thresholds: ThresholdInput[]): Promise<SettingsView> {
  return call<SettingsView>('save_thresholds', { thresholds });
}

export function saveBrand(brand: BrandInput): Promise<SettingsView> {
  return call<SettingsView>('save_brand', { brand });
}

/** An encrypted copy at `path`; never over an existing file. */
export function backupWorkspace(path: string): Promise<BackupDone> {
  return call<BackupDone>('backup_workspace', { path });
}

/** New key in the OS keyring, or a new passphrase; `current` is the passphrase in use, if any. */
export function rekeyWorkspace(to: KeyStorage, passphrase: string | null, current: string | null): Promise<SettingsView> {
  return call<SettingsView>('rekey_workspace', { to, passphrase, current });
}

/** Replaces the workspace with a backup; `passphrase` is the backup's, for passphrase workspaces. */
export function restoreWorkspace(from: string, passphrase: string | null): Promise<WorkspaceView> {
  return call<WorkspaceView>('restore_workspace', { from, passphrase });
}

export type { HealthBacktest } from '../../lib/bindings/HealthBacktest';

/** The health score replayed over the book's history; seconds on a large book. */
export function healthBacktest(theme: 'light' | 'dark'): Promise<import('../../lib/bindings/HealthBacktest').HealthBacktest> {
  return call('health_backtest', { theme, lang: lang() });
}

export type { Tuning } from '../../lib/bindings/Tuning';

/** The weights fitted to the older evaluation days beside the current ones, judged on the newer. */
export function healthTuning(): Promise<import('../../lib/bindings/Tuning').Tuning> {
  return call('health_tuning', {});
}

/** Saves the tuned weights (refused when they did no better); the refreshed settings come back. */
export function applyHealthTuning(): Promise<SettingsView> {
  return call<SettingsView>('apply_health_tuning', {});
}
