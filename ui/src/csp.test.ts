// @vitest-environment node
// Every component of the app under its CSP (lib/kit/README.md). style-src is 'self' without
// 'unsafe-inline', so the webview drops every style="" that arrives as markup or through
// setAttribute('style'), while CSSOM writes (element.style.setProperty, what Svelte's style:
// directive compiles to) are allowed. Each component is compiled and the patterns that would
// give blocked styles or markup injection are refused; one file for all, so a new screen is
// covered the day it is added.
import { describe, expect, it } from 'vitest';
import { compile } from 'svelte/compiler';

// Source text of every component, keyed by its path under src/.
const sources: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./**/*.svelte', { query: '?raw', import: 'default', eager: true })).map(
    ([path, text]) => [path.slice(2), text],
  ),
);
const components = Object.keys(sources).sort();

function compiled(name: string, source = sources[name]): string {
  return compile(source, { filename: name, generate: 'client', dev: false }).js.code;
}

/** The HTML strings Svelte parses with innerHTML to create each component's static DOM. */
function templates(code: string): string[] {
  return [...code.matchAll(/\$\.from_(?:html|svg)\(`([^`]*)`/g)].map((m) => m[1]);
}

/** What is wrong with one component under the CSP (empty: nothing). */
function violations(name: string, source: string): string[] {
  const found: string[] = [];
  const code = compiled(name, source);
  if (templates(code).some((html) => /\sstyle=/i.test(html))) found.push('style attribute in static markup');
  // A dynamic style="" compiles to a CSSOM write today, but one static part would not: the rule
  // is style: directives only, so nothing depends on how the compiler splits an attribute.
  if (/\sstyle=/i.test(source)) found.push('style attribute');
  if (/set_attribute\([^)]*['"]style['"]/.test(code) || /setAttribute\(\s*['"]style['"]/.test(code)) found.push('style through setAttribute');
  // Spreads route style through set_attributes; keep them out so every style is a directive.
  if (/\$\.attribute_effect\(/.test(code)) found.push('attribute spread');
  if (/\{@html/.test(source)) found.push('{@html}');
  if (/innerHTML|outerHTML|insertAdjacentHTML/.test(source)) found.push('markup injection');
  // --custom-prop="..." on a component wraps it in an element with an inline style attribute.
  if (/<[A-Z][\w.]*[^>]*\s--[\w-]+=/.test(source) || /svelte-css-wrapper/.test(code)) found.push('CSS custom property on a component');
  if (/\$\.append_styles\(/.test(code)) found.push('runtime <style>');
  return found;
}

describe('components under the CSP', () => {
  it('finds the shell, the kit and every screen', () => {
    expect(components).toEqual(
      expect.arrayContaining([
        'App.svelte',
        'lib/kit/DataTable.svelte',
        'screens/Home.svelte',
        'screens/account/Account.svelte',
        'screens/segments/Crosstab.svelte',
        'screens/playbooks/PlaybookEditor.svelte',
        'screens/import/Import.svelte',
        'screens/qbr/SlidePreview.svelte',
        'screens/brief/Brief.svelte',
        'screens/settings/Settings.svelte',
      ]),
    );
    expect(components.length).toBeGreaterThanOrEqual(50);
  });

  it.each(components)('%s keeps styles to directives and injects no markup', (name) => {
    expect(violations(name, sources[name])).toEqual([]);
  });

  it.each([
    'lib/kit/DataTable.svelte',
    'lib/kit/ProgressBar.svelte',
    'screens/account/Drivers.svelte',
    'screens/segments/Crosstab.svelte',
    'screens/qbr/SlidePreview.svelte',
    'screens/settings/BrandSection.svelte',
    'screens/settings/ScorecardSection.svelte',
  ])('%s sets its geometry and colours through set_style (CSSOM)', (name) => {
    expect(compiled(name)).toMatch(/\$\.set_style\(/);
  });

  it('refuses each pattern it forbids (the checks above can fail)', () => {
    const cases: [string, string][] = [
      ['<p style="color:red"></p>', 'style attribute in static markup'],
      ['<script>let { h } = $props();</script><div style="height:{h}px"></div>', 'style attribute'],
      ['<script>let e; $effect(() => e.setAttribute("style", "color:red"));</script><div bind:this={e}></div>', 'style through setAttribute'],
      ['<script>let { a } = $props();</script><div {...a}></div>', 'attribute spread'],
      ['<script>let { t } = $props();</script>{@html t}', '{@html}'],
      ['<script>let e; $effect(() => { e.innerHTML = "x"; });</script><div bind:this={e}></div>', 'markup injection'],
      ['<script>import C from "./C.svelte";</script><C --w="1px" />', 'CSS custom property on a component'],
    ];
    for (const [source, problem] of cases) expect(violations('Bad.svelte', source)).toContain(problem);
    expect(violations('Good.svelte', '<script>let { w } = $props();</script><div style:width="{w}px"></div>')).toEqual([]);
  });
});
