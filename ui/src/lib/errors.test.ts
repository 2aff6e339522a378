// Engine sentences (errors among them) rendered in the reader's language, and an error from a
// command shown in French. Expectations are written out by hand from the catalogues.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(),
  Channel: class {
    onmessage: (message: unknown) => void = () => {};
  },
}));

const { renderText, setLang } = await import('./i18n.svelte');
const { errorText, toApiError } = await import('./api');
import type { Text } from './bindings/Text';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** A bad accounts row as the import crate states it. */
const badRow: Text = {
  key: 'error-import-row',
  args: {
    file: { type: 'str', value: 'accounts.csv' },
    line: { type: 'int', value: 1200 },
    field: { type: 'str', value: 'employees' },
    reason: {
      type: 'text',
      value: {
        key: 'error-parse-range',
        args: {
          got: { type: 'str', value: 'many' },
          min: { type: 'int', value: 0 },
          max: { type: 'int', value: 10000000 },
        },
      },
    },
  },
};

afterEach(() => setLang('en'));

describe('renderText', () => {
  it('nests a reason inside the sentence naming file, line and field, in each language', () => {
    expect(renderText(badRow, 'en')).toBe('accounts.csv:1,200: field `employees`: expected a number from 0 to 10,000,000, got "many"');
    expect(renderText(badRow, 'fr')).toBe(
      `accounts.csv, ligne 1${NNBSP}200, champ «\u00a0employees\u00a0»${NNBSP}: nombre de 0 à 10${NNBSP}000${NNBSP}000 attendu, valeur reçue «\u00a0many\u00a0»`,
    );
    expect(renderText(badRow, 'zh-CN')).toBe('accounts.csv 第 1,200 行，字段“employees”：应为 0 到 10,000,000 之间的数字，实际为“many”');
  });

  it('formats each kind of argument the way the language writes it', () => {
    // A message that places its one argument as it is, to see each argument alone.
    const one = (arg: Text['args'][string]) => renderText({ key: 'error-views-invalid', args: { detail: arg } }, 'fr');
    expect(one({ type: 'str', value: 'Acme « SA »' })).toBe('Acme « SA »');
    expect(one({ type: 'number', value: { value: 3.14159, decimals: 2 } })).toBe('3,14');
    expect(one({ type: 'percent', value: 0.42 })).toBe(`42${NBSP}%`);
    expect(one({ type: 'percent', value: 0.075 })).toBe(`7,5${NBSP}%`);
    expect(one({ type: 'change', value: -0.25 })).toBe(`−25${NBSP}%`);
    expect(one({ type: 'day', value: '2026-09-30' })).toBe('30 sept. 2026');
    expect(one({ type: 'money', value: { amount: 42000, currency: 'EUR' } })).toBe(`42${NNBSP}000${NBSP}€`);
    expect(one({ type: 'term', value: 'error-import-missing' })).toBe('manquant');
    expect(one({ type: 'list', value: ['CRM', 'Billing', 'Reports'] })).toBe('CRM, Billing et Reports');
  });

  it('selects plural forms from an int argument', () => {
    const count = (n: number) => ({ key: 'error-import-field-count', args: { expected: { type: 'int' as const, value: n }, found: { type: 'int' as const, value: 2 } } });
    expect(renderText(count(1), 'en')).toBe('expected 1 field like the header, found 2');
    expect(renderText(count(3), 'en')).toBe('expected 3 fields like the header, found 2');
    expect(renderText(count(3), 'fr')).toBe('3 champs attendus comme dans l’en-tête, 2 trouvé(s)');
  });
});

describe('an error from a command', () => {
  const raw = {
    code: 'not_a_workspace',
    message: '/tmp/notes.txt is not a Waypoint workspace',
    text: { key: 'error-store-not-a-workspace', args: { path: { type: 'str', value: '/tmp/notes.txt' } } },
  };

  it('is shown in French when French is the language, keeping the English for logs', () => {
    setLang('fr');
    const error = toApiError(raw);
    expect(error.code).toBe('not_a_workspace');
    expect(error.message).toBe('/tmp/notes.txt n’est pas un espace de travail Waypoint');
    expect(error.english).toBe('/tmp/notes.txt is not a Waypoint workspace');
    setLang('zh-CN');
    expect(errorText(error)).toBe('/tmp/notes.txt 不是 Waypoint 工作区');
  });

  it('without a text keeps the message it came with', () => {
    setLang('fr');
    const error = toApiError({ code: 'io', message: 'disk on fire' });
    expect(error.text).toBeNull();
    expect(errorText(error)).toBe('disk on fire');
  });
});
