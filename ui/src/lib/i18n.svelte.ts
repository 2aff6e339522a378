// The UI's languages: the same Fluent catalogues as the engine (locales/<lang>/*.ftl at the
// repository root, compiled into the bundle here and into the Rust crates there), so a term has
// one translation in the app, the CLI and the decks. The current language is reactive state:
// any template that calls t() re-renders when it changes.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export type Lang = 'en' | 'zh-CN' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'zh-CN', 'fr'];
/** Each language's own name, as the language menus show it. */
export const ENDONYMS: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文', fr: 'Français' };
/** The locale each language formats with (region included, as the engine does). */
export const FORMAT_LOCALES: Record<Lang, string> = { en: 'en-US', 'zh-CN': 'zh-CN', fr: 'fr-FR' };
export const LANG_STORAGE_KEY = 'waypoint.lang';

const SOURCES = import.meta.glob('../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The catalogue files of one language, by file name (for tests). */
export function catalogueFiles(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(SOURCES)) {
    const m = /locales\/([^/]+)\/([^/]+\.ftl)$/.exec(path);
    if (m && m[1] === lang) out[m[2]] = text;
  }
  return out;
}

function build(lang: Lang): FluentBundle {
  // No isolation marks: the engine writes none either, and tests compare the same text.
  const bundle = new FluentBundle(FORMAT_LOCALES[lang], { useIsolating: false });
  for (const [file, text] of Object.entries(catalogueFiles(lang))) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length) throw new Error(`locales/${lang}/${file}: ${errors.map(String).join('; ')}`);
  }
  return bundle;
}

const bundles = new Map<Lang, FluentBundle>();
function bundleOf(lang: Lang): FluentBundle {
  let b = bundles.get(lang);
  if (!b) bundles.set(lang, (b = build(lang)));
  return b;
}

/** The supported language nearest a BCP 47 tag ("fr-CA" → fr, "zh-Hans-CN" → zh-CN), or null.
 *  Traditional Chinese is not matched to simplified, as in the engine. */
export function matchLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
  if (parts[0] === 'en') return 'en';
  if (parts[0] === 'fr') return 'fr';
  if (parts[0] === 'zh' && !parts.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p))) return 'zh-CN';
  return null;
}

/** The stored choice, else the OS's (the webview's) preferred languages, else English. */
export function initialLang(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  try {
    const stored = matchLang(storage?.getItem(LANG_STORAGE_KEY));
    if (stored) return stored;
  } catch {
    // Storage unavailable: fall through to the OS's choice.
  }
  for (const tag of preferred) {
    const lang = matchLang(tag);
    if (lang) return lang;
  }
  return 'en';
}

let current = $state<Lang>(initialLang());

/** The language the UI speaks now (reactive). */
export function lang(): Lang {
  return current;
}

/** Switches the UI's language, remembers it on this machine, and tells assistive tech. */
export function setLang(next: Lang): void {
  current = next;
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, next);
  } catch {
    // Not remembered, but the window still switches.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export type Args = Record<string, FluentVariable>;

/** Whether the current language's catalogue has `key` ("message" or "message.attribute"). */
export function has(key: string, language: Lang = current): boolean {
  const [id, attr] = key.split('.', 2);
  const msg = bundleOf(language).getMessage(id);
  return !!msg && (attr ? !!msg.attributes[attr] : !!msg.value);
}

/**
 * The message `key` ("message" or "message.attribute") in the current language with `args`
 * placed; English when the language lacks it, the key itself when no catalogue has it (a
 * test keeps both from shipping). Numbers in args are written with the locale's separators
 * and select plural forms.
 */
export function t(key: string, args?: Args, language: Lang = current): string {
  for (const l of [language, 'en'] as Lang[]) {
    const bundle = bundleOf(l);
    const [id, attr] = key.split('.', 2);
    const msg = bundle.getMessage(id);
    const pattern = attr ? msg?.attributes[attr] : msg?.value;
    if (pattern) return bundle.formatPattern(pattern, args ?? null);
  }
  return key;
}
