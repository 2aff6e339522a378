// @vitest-environment node
// app.css states the dark palette twice: for the OS preference (media query) and for an
// explicit data-theme="dark". They must be the same palette, and cover every light token.
import { describe, expect, it } from 'vitest';
import css from '../../app.css?raw';

/** Custom properties declared in the first block opened by `selector` (brace-matched). */
function tokens(selector: string, from = 0): Map<string, string> {
  const start = css.indexOf(selector, from);
  expect(start, `${selector} not found in app.css`).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', start);
  let depth = 0;
  let end = open;
  for (; end < css.length; end++) {
    if (css[end] === '{') depth++;
    if (css[end] === '}' && --depth === 0) break;
  }
  const body = css.slice(open + 1, end);
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

describe('theme tokens in app.css', () => {
  const light = tokens(':root {');
  const media = tokens(":root:not([data-theme='light'])", css.indexOf('@media (prefers-color-scheme: dark)'));
  const explicit = tokens(":root[data-theme='dark'] {");

  it('has the same dark palette for the OS preference and for data-theme="dark"', () => {
    expect(media.size).toBeGreaterThan(20);
    expect(Object.fromEntries(explicit)).toEqual(Object.fromEntries(media));
  });

  it('gives every colour token of the light theme a dark value', () => {
    const themeIndependent = ['--radius', '--radius-sm', '--font', '--mono'];
    const missing = [...light.keys()].filter((key) => !themeIndependent.includes(key) && !media.has(key));
    expect(missing).toEqual([]);
  });

  it('lets an explicit light choice win over a dark OS', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\)/);
    expect(css).toMatch(/:root\[data-theme='light'\] \{ color-scheme: light; \}/);
  });
});
