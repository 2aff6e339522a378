// The deck viewer keeps the slide asked for across decks, and within the deck on screen when a
// new deck is shorter: buttons, keys, the count and the current thumbnail all agree.
import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import DeckViewer from './DeckViewer.svelte';
import { deck } from './fixtures';

describe('DeckViewer', () => {
  it('shows the last slide of a shorter new deck and steps back from it', async () => {
    const view = render(DeckViewer, { deck: deck('A', 12), label: 'Preview' });
    await fireEvent.click(view.getAllByTestId('qbr-slide')[10]);
    expect(view.getByText('Slide 11 of 12')).toBeTruthy();

    await view.rerender({ deck: deck('B', 5), label: 'Preview' });
    expect(view.getByText('Slide 5 of 5')).toBeTruthy();
    const current = view.getAllByTestId('qbr-slide').map((b) => b.getAttribute('aria-current'));
    expect(current).toEqual([null, null, null, null, 'true']);
    expect((view.getByRole('button', { name: 'Next slide' }) as HTMLButtonElement).disabled).toBe(true);

    await fireEvent.click(view.getByRole('button', { name: 'Previous slide' }));
    expect(view.getByText('Slide 4 of 5')).toBeTruthy();
    await fireEvent.keyDown(view.getByTestId('qbr-preview'), { key: 'ArrowLeft' });
    expect(view.getByText('Slide 3 of 5')).toBeTruthy();
  });
});
