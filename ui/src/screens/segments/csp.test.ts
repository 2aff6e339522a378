// @vitest-environment node
// The kit's CSP rules (lib/kit/README.md) on this screen's components: no style attribute in
// markup or through setAttribute, no spreads, no injected markup. The crosstab shading must
// therefore compile to set_style (a CSSOM write, which the CSP allows).
import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';

const sources: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./*.svelte', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [path.slice(2), text]),
);
const components = Object.keys(sources);

function compiled(name: string): string {
  return compile(sources[name], { filename: name, generate: 'client', dev: false }).js.code;
}

describe('segments screen components under the CSP', () => {
  it('finds the components', () => {
    expect(components).toEqual(expect.arrayContaining(['Segments.svelte', 'SegmentColumn.svelte', 'Crosstab.svelte', 'RuleBuilder.svelte', 'Members.svelte']));
  });

  it.each(components)('%s keeps styles to directives and injects no markup', (name) => {
    expect(sources[name]).not.toMatch(/\sstyle=/i);
    const code = compiled(name);
    for (const html of code.matchAll(/\$\.from_(?:html|svg)\(`([^`]*)`/g)) expect(html[1]).not.toMatch(/\sstyle=/i);
    expect(code).not.toMatch(/set_attribute\([^)]*['"]style['"]/);
    expect(code).not.toMatch(/\$\.attribute_effect\(/);
    expect(code).not.toMatch(/\$\.append_styles\(|svelte-css-wrapper/);
    expect(sources[name]).not.toMatch(/\{@html|innerHTML|outerHTML|insertAdjacentHTML/);
  });

  it('shades crosstab cells through set_style', () => {
    expect(compiled('Crosstab.svelte')).toMatch(/\$\.set_style\(/);
  });
});
