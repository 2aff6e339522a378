// @vitest-environment node
// The settings screen under the app's CSP (style-src 'self', see lib/kit/README.md): swatches
// and share bars are style: directives, so the compiled components carry no static style
// attribute, never set style through setAttribute or spreads, and inject no markup.
import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';

const sources: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./*.svelte', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [path.slice(2), text]),
);
const components = Object.keys(sources);

function compiled(name: string): string {
  return compile(sources[name], { filename: name, generate: 'client', dev: false }).js.code;
}

describe('settings components under the CSP', () => {
  it('finds the components', () => {
    expect(components).toEqual(expect.arrayContaining(['Settings.svelte', 'ScorecardSection.svelte', 'BrandSection.svelte', 'WorkspaceSection.svelte']));
  });

  it.each(components)('%s keeps styles to directives', (name) => {
    const code = compiled(name);
    for (const html of code.matchAll(/\$\.from_(?:html|svg)\(`([^`]*)`/g)) expect(html[1]).not.toMatch(/\sstyle=/i);
    expect(code).not.toMatch(/set_attribute\([^)]*['"]style['"]/);
    expect(code).not.toMatch(/\$\.attribute_effect\(/);
    expect(code).not.toMatch(/\$\.append_styles\(|svelte-css-wrapper/);
    expect(sources[name]).not.toMatch(/\{@html|innerHTML|outerHTML|insertAdjacentHTML/);
  });

  it('paints swatches and share bars through set_style (CSSOM)', () => {
    expect(compiled('BrandSection.svelte')).toMatch(/\$\.set_style\(/);
    expect(compiled('ScorecardSection.svelte')).toMatch(/\$\.set_style\(/);
  });
});
