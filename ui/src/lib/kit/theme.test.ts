import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import ThemeToggle from './ThemeToggle.svelte';
import { effectiveTheme, getTheme, initTheme, setTheme, THEME_STORAGE_KEY } from './theme';

const root = document.documentElement;

afterEach(() => {
  localStorage.clear();
  root.removeAttribute('data-theme');
});

describe('theme preference', () => {
  it('defaults to system with no attribute', () => {
    expect(getTheme()).toBe('system');
    expect(initTheme()).toBe('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('persists an explicit choice and applies it as data-theme', () => {
    setTheme('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(getTheme()).toBe('dark');
    expect(effectiveTheme()).toBe('dark');

    setTheme('light');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    expect(root.getAttribute('data-theme')).toBe('light');
  });

  it('going back to system forgets the choice and removes the attribute', () => {
    setTheme('dark');
    setTheme('system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(root.hasAttribute('data-theme')).toBe(false);
  });

  it('initTheme applies what an earlier session stored; junk counts as system', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    expect(initTheme()).toBe('light');
    expect(root.getAttribute('data-theme')).toBe('light');

    localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    root.removeAttribute('data-theme');
    expect(initTheme()).toBe('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});

describe('ThemeToggle', () => {
  it('shows the stored choice and switches theme when a radio is picked', async () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    const { getByLabelText } = render(ThemeToggle);
    expect((getByLabelText('Light') as HTMLInputElement).checked).toBe(true);

    await fireEvent.click(getByLabelText('Dark'));
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect((getByLabelText('Dark') as HTMLInputElement).checked).toBe(true);
  });
});
