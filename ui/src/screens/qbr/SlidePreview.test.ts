import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import SlidePreview from './SlidePreview.svelte';
import type { SlidePreview as Slide } from './decks';
import { HOSTILE, SVG, slide } from './fixtures';

function blocks(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('.block')];
}

describe('SlidePreview', () => {
  it('places blocks as percentages of the 960 x 540 page', () => {
    const { container } = render(SlidePreview, { slide: slide('Support'), label: 'Slide 8 of 12: Support' });
    const [text, fill, title] = blocks(container);
    // x=480, y=270, w=240, h=135 pt: half way across and down, a quarter of the page each way.
    expect([text.style.left, text.style.top, text.style.width, text.style.height]).toEqual(['50%', '50%', '25%', '25%']);
    expect([fill.style.left, fill.style.top, fill.style.width, fill.style.height]).toEqual(['0%', '0%', '100%', '1.1111%']);
    expect(fill.style.backgroundColor).toBe('rgb(0, 114, 178)');
    expect([title.style.left, title.style.top]).toEqual(['3.75%', '3.3333%']);
    expect(title.querySelector('.text')?.classList.contains('bottom')).toBe(true);
    expect(container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Slide 8 of 12: Support');
  });

  it('draws text as text, bold and coloured runs included, never as markup', () => {
    const s: Slide = {
      title: HOSTILE,
      notes: [],
      blocks: [
        { x: 0, y: 0, w: 100, h: 50, content: { kind: 'text', bottom: false, paras: [{ size: 14, bullet: false, align: 'center', runs: [
          { text: 'Health is 72 ', size: 14, bold: false, colour: '#212529' },
          { text: HOSTILE, size: 14, bold: true, colour: '#C44800' },
        ] }] } },
      ],
    };
    const { container } = render(SlidePreview, { slide: s, label: 'x' });
    expect(container.querySelector('img')).toBeNull();
    const p = container.querySelector<HTMLElement>('.para')!;
    expect(p.textContent).toBe(`Health is 72 ${HOSTILE}`);
    expect(p.style.textAlign).toBe('center');
    const bold = p.querySelector<HTMLElement>('.bold')!;
    expect(bold.textContent).toBe(HOSTILE);
    expect(bold.style.color).toBe('rgb(196, 72, 0)');
  });

  it('shows tables cell by cell with the header on the accent colour', () => {
    const s: Slide = {
      title: 'Renewals',
      notes: [],
      blocks: [{ x: 40, y: 96, w: 880, h: 404, content: { kind: 'table', header: ['Account', 'ARR'], rows: [['Acme GmbH', '$48,000'], ['Globex']], widths: [0.75, 0.25], size: 12, header_fill: '#0072B2' } }],
    };
    const { container } = render(SlidePreview, { slide: s, label: 'x' });
    expect([...container.querySelectorAll('th')].map((c) => c.textContent)).toEqual(['Account', 'ARR']);
    expect([...container.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['Acme GmbH', '$48,000'],
      ['Globex', ''],
    ]);
    expect(container.querySelector<HTMLElement>('thead tr')!.style.backgroundColor).toBe('rgb(0, 114, 178)');
    expect([...container.querySelectorAll<HTMLElement>('col')].map((c) => c.style.width)).toEqual(['75%', '25%']);
  });

  it('shows charts from their SVG and a logo from its PNG, with their alt text', () => {
    const s: Slide = {
      title: 'Adoption',
      notes: [],
      blocks: [
        { x: 372, y: 96, w: 548, h: 308.25, content: { kind: 'picture', svg: SVG, png: null, alt: 'Monthly active users' } },
        { x: 800, y: 506, w: 120, h: 24, content: { kind: 'picture', svg: null, png: 'iVBORw0KGgo=', alt: 'Acme logo' } },
      ],
    };
    const { getByAltText } = render(SlidePreview, { slide: s, label: 'x' });
    expect(getByAltText('Monthly active users').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(getByAltText('Acme logo').getAttribute('src')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('hides a thumbnail from assistive technology', () => {
    const { container } = render(SlidePreview, { slide: slide('Support'), label: 'x', decorative: true });
    expect(container.querySelector('.slide')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('[role="group"]')).toBeNull();
  });
});
