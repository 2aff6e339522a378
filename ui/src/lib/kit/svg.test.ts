import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import ChartImage from './ChartImage.svelte';
import { svgDataUrl } from './svg';

const PREFIX = 'data:image/svg+xml;base64,';

/** The inverse of svgDataUrl, done the independent way (atob + TextDecoder). */
function decode(url: string): string {
  expect(url.startsWith(PREFIX)).toBe(true);
  const binary = atob(url.slice(PREFIX.length));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

describe('svgDataUrl', () => {
  it('encodes UTF-8 bytes, not UTF-16 code units', () => {
    // "é" is C3 A9 in UTF-8 -> base64 "w6k=". (btoa('é') would give "6Q==" from Latin-1.)
    expect(svgDataUrl('é')).toBe(`${PREFIX}w6k=`);
    expect(svgDataUrl('<svg/>')).toBe(`${PREFIX}PHN2Zy8+`);
  });

  it('round-trips CJK, emoji and markup characters', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><text>売上 📈 Müller & Söhne <b> 👩‍💼 — 한국어</text></svg>';
    expect(decode(svgDataUrl(svg))).toBe(svg);
  });

  it('handles an SVG larger than one encoding chunk', () => {
    const svg = `<svg>${'数'.repeat(50_000)}</svg>`; // 150 KB of UTF-8
    expect(decode(svgDataUrl(svg))).toBe(svg);
  });
});

describe('ChartImage', () => {
  it('renders an img from a data URL with the alt text', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>NRR 104%</text></svg>';
    const { container } = render(ChartImage, { svg, alt: 'Net revenue retention by month', width: 640 });
    const img = container.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('Net revenue retention by month');
    expect(img.getAttribute('width')).toBe('640');
    expect(decode(img.getAttribute('src')!)).toBe(svg);
    // The SVG is never inlined into the page.
    expect(container.querySelector('svg')).toBeNull();
  });

  it('shows a labelled placeholder when there is no SVG', () => {
    const { container } = render(ChartImage, { svg: '', alt: 'Usage by module' });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('Usage by module');
  });
});
