// Waypoint's UI kit: import everything from '$lib/kit' style paths, e.g.
//   import { DataTable, Kpi, push } from './lib/kit';
// See README.md for the CSP rules every component here follows.
export { default as DataTable } from './DataTable.svelte';
export { default as Kpi, kpiTone, type KpiDirection, type KpiTone } from './Kpi.svelte';
export { default as ChartImage } from './ChartImage.svelte';
export { default as Tabs } from './Tabs.svelte';
export { default as SideNav } from './SideNav.svelte';
export { default as EmptyState } from './EmptyState.svelte';
export { default as ProgressBar } from './ProgressBar.svelte';
export { default as Dialog } from './Dialog.svelte';
export { default as Toasts } from './Toasts.svelte';
export { default as Badge } from './Badge.svelte';
export { default as ThemeToggle } from './ThemeToggle.svelte';

export { svgDataUrl, utf8ToBase64 } from './svg';
export { push, dismiss, clearToasts, toasts, DEFAULT_TOAST_TIMEOUT, type Toast, type ToastInput } from './toasts';
export {
  getTheme,
  setTheme,
  applyTheme,
  initTheme,
  effectiveTheme,
  THEME_STORAGE_KEY,
  type ThemePreference,
} from './theme';
export { cellText, sortRows, filterRows, type Column, type SortState, type SortDirection, type CellValue } from './table';
export type { Tone, NavItem, TabItem } from './types';
