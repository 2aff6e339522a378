// @vitest-environment node
// The kit's CSP rules (lib/kit/README.md) applied to this screen's components: no style=""
// in static markup or through setAttribute, no spreads, no {@html} or innerHTML.
import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';

const sources: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./*.svelte', { query: '?raw', import: 'default', eager: true })).map(
    ([path, text]) => [path.slice(2), text],
  ),
);
const components = Object.keys(sources);

function compiled(name: string): string {
  return compile(sources[name], { filename: name, generate: 'client', dev: false }).js.code;
}

describe('brief screen components under the CSP', () => {
  it('finds the components', () => {
    expect(components).toEqual(expect.arrayContaining(['Brief.svelte', 'Evidence.svelte']));
  });

  it.each(components)('%s has no style attribute in markup or through setAttribute, and no spreads', (name) => {
    expect(sources[name]).not.toMatch(/\sstyle=/i);
    const code = compiled(name);
    for (const html of code.matchAll(/\$\.from_(?:html|svg)\(`([^`]*)`/g)) expect(html[1]).not.toMatch(/\sstyle=/i);
    expect(code).not.toMatch(/setAttribute\(\s*['"]style['"]/);
    expect(code).not.toMatch(/\$\.attribute_effect\(/);
  });

  it.each(components)('%s injects no markup', (name) => {
    expect(sources[name]).not.toMatch(/\{@html|innerHTML|outerHTML|insertAdjacentHTML/);
    expect(sources[name]).not.toMatch(/<[A-Z][\w.]*[^>]*\s--[\w-]+=/);
  });
});
