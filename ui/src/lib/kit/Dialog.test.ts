import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import Harness from './testing/DialogHarness.svelte';

async function openDialog(onclose = vi.fn(), closeOnEscape = true) {
  const view = render(Harness, { onclose, closeOnEscape });
  const opener = view.getByTestId('opener');
  opener.focus();
  await fireEvent.click(opener);
  const dialog = view.container.querySelector('dialog')!;
  return { ...view, opener, dialog, onclose };
}

describe('Dialog', () => {
  it('opens modally with a labelled title and its content', async () => {
    const { dialog, getByRole } = await openDialog();
    expect(dialog.open).toBe(true);
    expect(getByRole('dialog', { name: 'Edit account' })).toBe(dialog);
    expect(dialog.querySelector('[data-testid="field"]')).not.toBeNull();
  });

  it('closes on Escape, calls onclose once and returns focus to the opener', async () => {
    const { dialog, opener, onclose, getByTestId } = await openDialog();
    const field = getByTestId('field');
    field.focus();
    expect(document.activeElement).toBe(field);

    const notPrevented = await fireEvent.keyDown(field, { key: 'Escape' });
    // Handled by us, so an engine's own Escape handling doesn't also run.
    expect(notPrevented).toBe(false);
    expect(dialog.open).toBe(false);
    expect(getByTestId('state').textContent).toBe('closed');
    expect(onclose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
    // Content is dropped while closed, so the next opening starts fresh.
    expect(dialog.querySelector('[data-testid="field"]')).toBeNull();
  });

  it('closes on the browser cancel event (Escape in engines that fire it)', async () => {
    const { dialog, onclose, getByTestId } = await openDialog();
    const cancel = new Event('cancel', { cancelable: true });
    await fireEvent(dialog, cancel);
    expect(cancel.defaultPrevented).toBe(true); // closing is ours, through `open`
    expect(dialog.open).toBe(false);
    expect(getByTestId('state').textContent).toBe('closed');
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it('stays open on Escape when closeOnEscape is false', async () => {
    const { dialog, onclose, getByTestId } = await openDialog(vi.fn(), false);
    await fireEvent.keyDown(getByTestId('field'), { key: 'Escape' });
    expect(dialog.open).toBe(true);
    expect(onclose).not.toHaveBeenCalled();
  });

  it('closes from the close button and from the parent setting open = false', async () => {
    const first = await openDialog();
    await fireEvent.click(first.getByRole('button', { name: 'Close' }));
    expect(first.dialog.open).toBe(false);
    expect(first.onclose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(first.opener);

    await fireEvent.click(first.opener);
    expect(first.dialog.open).toBe(true);
    await fireEvent.click(first.getByTestId('done'));
    expect(first.dialog.open).toBe(false);
    expect(first.onclose).toHaveBeenCalledTimes(2);
  });

  it('follows a close the dialog did by itself (e.g. form method="dialog")', async () => {
    const { dialog, onclose, getByTestId } = await openDialog();
    dialog.close();
    await Promise.resolve();
    expect(getByTestId('state').textContent).toBe('closed');
    expect(onclose).toHaveBeenCalledTimes(1);
  });
});
