// The UI's languages: the same Fluent catalogues as the engine (locales/<lang>/*.ftl at the
// repository root, compiled into the bundle here and into the Rust crates there), so a term has
// one translation in the app, the CLI and the decks. The current language is reactive state:
// any template that calls t() re-renders when it changes.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Arg } from './bindings/Arg';
import type { Text } from './bindings/Text';

export type Lang = 'en' | 'zh-CN' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'zh-CN', 'fr'];
/** Each language's own name, as the language menus show it. */
export const ENDONYMS: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文', fr: 'Français' };
/** The locale each language formats with (region included, as the engine does). */
export const FORMAT_LOCALES: Record<Lang, string> = { en: 'en-US', 'zh-CN': 'zh-CN', fr: 'fr-FR' };
export const LANG_STORAGE_KEY = 'waypoint.lang';

// The CLI's, the decks' and the charts' own messages are never shown by the app (charts and
// decks arrive drawn): leaving them out keeps a third of the catalogues out of the bundle.
const SOURCES = import.meta.glob(
  ['../../../locales/*/*.ftl', '!../../../locales/*/cli*.ftl', '!../../../locales/*/decks.ftl', '!../../../locales/*/charts.ftl'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>;

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

/**
 * An engine sentence (an alert, a health driver's detail, an error) in the current language:
 * its catalogue message with each argument formatted the way this language writes it, exactly
 * as the engine's `Text::render` does for the CLI and the decks.
 */
export function renderText(text: Text, language: Lang = current): string {
  const args: Args = {};
  for (const [name, arg] of Object.entries(text.args)) {
    if (arg) args[name] = renderArg(arg, language);
  }
  return t(text.key, args, language);
}

function renderArg(arg: Arg, language: Lang): FluentVariable {
  const locale = FORMAT_LOCALES[language];
  switch (arg.type) {
    case 'str':
      return arg.value;
    case 'int':
      return arg.value;
    case 'number':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: arg.value.decimals }).format(arg.value.value);
    case 'percent':
      return sharePercent(arg.value, locale);
    case 'change': {
      const p = sharePercent(Math.abs(arg.value), locale);
      return arg.value > 0 ? `+${p}` : arg.value < 0 ? `−${p}` : p;
    }
    case 'day': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(arg.value);
      if (!m) return arg.value;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
    }
    case 'money':
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: arg.value.currency, maximumFractionDigits: 0 }).format(
          arg.value.amount,
        );
      } catch {
        return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(arg.value.amount)} ${arg.value.currency}`;
      }
    case 'term':
      return t(arg.value, undefined, language);
    case 'list':
      return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(arg.value);
    case 'text':
      return renderText(arg.value, language);
    case 'texts':
      return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(arg.value.map((x) => renderText(x, language)));
  }
}

/** Whole percent, one decimal below 10% where it matters (0.4%, 7.5%): the engine's `share`. */
function sharePercent(ratio: number, locale: string): string {
  const p = Math.abs(ratio * 100);
  const oneDecimal = p !== 0 && p < 10 && Math.abs(Math.round(p * 10) / 10 - Math.round(p)) > 1e-9;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: oneDecimal ? 1 : 0 }).format(ratio);
}

/** A catalogue message as a Text, for the screen's own sentences listed beside the engine's. */
export function textOf(key: string, args: Text['args'] = {}): Text {
  return { key, args };
}

/** Words that are not a message (a name the user typed) as a Text that shows them as they are. */
export function literal(words: string): Text {
  return textOf('plain-text', { text: { type: 'str', value: words } });
}
