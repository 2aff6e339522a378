// Shared helpers for the Account 360 screen tests (nothing in the app imports this). The test
// files mock '../../lib/api' themselves; that mock also applies to the import below.
import { fireEvent, render, screen } from '@testing-library/svelte';
import Account from './Account.svelte';

/** Customer text that would create an element if it were ever parsed as HTML. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Renders the screen and waits for the loaded header. */
export async function openAccount(props: Partial<{ id: string; theme: 'light' | 'dark'; onback: () => void }> = {}) {
  const result = render(Account, { id: 'acme', theme: 'light', onback: () => {}, ...props });
  await screen.findByTestId('account-header');
  return result;
}

export async function openTab(name: string) {
  await fireEvent.click(screen.getByRole('tab', { name }));
}

/** Text content with whitespace collapsed, as a reader would see it. */
export const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
