// @vitest-environment node
// The app's CSP has style-src 'self' without 'unsafe-inline'. Under it the browser drops every
// style="" attribute that arrives as markup or through setAttribute('style'), while CSSOM
// writes (element.style.cssText / setProperty) are allowed. These tests compile each kit
// component and reject the patterns that would produce blocked styles or markup injection.
import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';

// Source text of every kit component, keyed by file name.
const sources: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./*.svelte', { query: '?raw', import: 'default', eager: true })).map(
    ([path, text]) => [path.slice(2), text],
  ),
);
const components = Object.keys(sources);

function compiled(name: string): string {
  return compile(sources[name], { filename: name, generate: 'client', dev: false }).js.code;
}

/** The HTML strings Svelte parses with innerHTML to create each component's static DOM. */
function templates(code: string): string[] {
  return [...code.matchAll(/\$\.from_(?:html|svg)\(`([^`]*)`/g)].map((m) => m[1]);
}

describe('kit components under the CSP', () => {
  it('finds the components', () => {
    expect(components).toContain('DataTable.svelte');
    expect(components.length).toBeGreaterThanOrEqual(11);
  });

  it.each(components)('%s has no style attribute in its static markup', (name) => {
    for (const html of templates(compiled(name))) expect(html).not.toMatch(/\sstyle=/i);
  });

  it.each(components)('%s never sets style through setAttribute', (name) => {
    const code = compiled(name);
    expect(code).not.toMatch(/set_attribute\([^)]*['"]style['"]/);
    expect(code).not.toMatch(/setAttribute\(\s*['"]style['"]/);
    // Spreads route style through set_attributes; keep them out so every style is a directive.
    expect(code).not.toMatch(/\$\.attribute_effect\(/);
  });

  it.each(components)('%s injects no markup or runtime <style>', (name) => {
    const source = sources[name];
    expect(source).not.toMatch(/\{@html/);
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    // --custom-prop="..." on a component wraps it in an element with an inline style attribute.
    expect(source).not.toMatch(/<[A-Z][\w.]*[^>]*\s--[\w-]+=/);
    const code = compiled(name);
    expect(code).not.toMatch(/\$\.append_styles\(/);
    expect(code).not.toMatch(/svelte-css-wrapper/);
  });

  it('compiles style: directives to set_style (CSSOM at run time, see DataTable.test.ts)', () => {
    expect(compiled('DataTable.svelte')).toMatch(/\$\.set_style\(/);
    expect(compiled('ProgressBar.svelte')).toMatch(/\$\.set_style\(/);
  });

  it('detects the patterns it forbids (the checks above can fail)', () => {
    const bad = compile('<script>let { h } = $props();</script><div style="height:{h}px"></div><p style="color:red"></p>', {
      filename: 'Bad.svelte',
      generate: 'client',
    }).js.code;
    expect(templates(bad).some((html) => /\sstyle=/.test(html))).toBe(true);
    const wrapper = compile('<script>import C from "./C.svelte";</script><C --w="1px" />', {
      filename: 'Wrapper.svelte',
      generate: 'client',
    }).js.code;
    expect(wrapper).toMatch(/svelte-css-wrapper/);
  });
});
