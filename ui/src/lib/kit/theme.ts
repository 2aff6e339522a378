// Theme preference: 'system' follows the OS (prefers-color-scheme); 'light'/'dark' pin it.
// The choice is stored per machine in localStorage and applied as data-theme on <html>, which
// app.css honours over the media query. 'system' removes the attribute rather than writing
// data-theme="system", so the CSS needs exactly one rule per explicit theme.

export type ThemePreference = 'system' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'waypoint.theme';
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

function isPreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (THEME_PREFERENCES as readonly string[]).includes(value);
}

/** The stored preference; 'system' when nothing (or something unknown) is stored. */
export function getTheme(): ThemePreference {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return isPreference(stored) ? stored : 'system';
  } catch {
    // Storage can be unavailable (privacy settings, opaque origin): behave as never chosen.
    return 'system';
  }
}

/** Writes data-theme for an explicit choice, removes it for 'system'. */
export function applyTheme(preference: ThemePreference, root: HTMLElement = document.documentElement): void {
  if (preference === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', preference);
}

/** Persists and applies a preference; returns what was applied. */
export function setTheme(preference: ThemePreference): ThemePreference {
  const value = isPreference(preference) ? preference : 'system';
  try {
    if (value === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY);
    else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, value);
  } catch {
    // Not persisted, but the window still switches: better than refusing the click.
  }
  applyTheme(value);
  return value;
}

/** Call once at start-up (before mount) so the first paint already has the stored theme. */
export function initTheme(): ThemePreference {
  const preference = getTheme();
  applyTheme(preference);
  return preference;
}

/** The theme actually on screen: the explicit choice, or what the OS asks for. */
export function effectiveTheme(preference: ThemePreference = getTheme()): 'light' | 'dark' {
  if (preference !== 'system') return preference;
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  return query?.matches ? 'dark' : 'light';
}
