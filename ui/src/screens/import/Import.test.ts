import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { compile } from 'svelte/compiler';
import { ApiError } from '../../lib/api';
import type { ImportKindInfo, ImportOutcome, ImportPreview, ImportProgress } from './import_api';
import ImportScreen from './Import.svelte';
import source from './Import.svelte?raw';

const api = vi.hoisted(() => ({ importKinds: vi.fn(), importPreview: vi.fn(), importRun: vi.fn(), importCancel: vi.fn() }));
vi.mock('./import_api', () => api);

const HOSTILE = '<img src=x onerror=alert(1)>';
/** A name as the backend sends it: a catalogue key. */
const text = (key: string) => ({ key, args: {} });

const KINDS: ImportKindInfo[] = [
  { id: 'accounts', label: text('import-kind-accounts'), hint: text('import-kind-accounts.hint'), columns: [] },
  {
    id: 'contacts', label: text('import-kind-contacts'), hint: text('import-kind-contacts.hint'),
    columns: [
      { name: 'contact_id', required: true, meaning: text('import-column-contacts-contact-id') },
      { name: 'account_id', required: true, meaning: text('import-column-contacts-account-id') },
      { name: 'email', required: false, meaning: text('import-column-contacts-email') },
    ],
  },
];

/** A CRM export of contacts: `Account` was not recognised, so account_id is unmapped. */
function crmPreview(over: Partial<ImportPreview> = {}): ImportPreview {
  return {
    path: '/data/crm.csv', file_name: 'crm.csv', size_bytes: 2048, format: 'csv', kind: 'contacts', detected: 'contacts',
    headers: ['Contact ID', 'Acct', 'Email'],
    rows: [
      { line: 2, cells: ['c-1', 'acme', HOSTILE] },
      { line: 4, cells: ['c-2', 'globex', ''] },
    ],
    more_rows: false,
    columns: KINDS[1].columns,
    mapping: [
      { column: 'contact_id', header: 'Contact ID' },
      { column: 'account_id', header: null },
      { column: 'email', header: 'Email' },
    ],
    missing: ['account_id'], needs_mapping: true, mappable: true,
    ...over,
  };
}

function outcome(over: Partial<ImportOutcome> = {}): ImportOutcome {
  return {
    kind: 'contacts', file: '/data/crm.csv', dry_run: false,
    counts: { rows: 2, inserted: 1, updated: 0, unchanged: 1, skipped: 0, notes: [] }, problem: null, ...over,
  };
}

/** A promise the test settles when it wants, for a run in flight. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function previewed(props: Record<string, unknown> = {}, p = crmPreview()) {
  api.importPreview.mockResolvedValue(p);
  const r = render(ImportScreen, props);
  await waitFor(() => expect(screen.getByRole('option', { name: 'Contacts' })).toBeTruthy());
  await fireEvent.input(screen.getByTestId('import-path'), { target: { value: '  /data/crm.csv ' } });
  await fireEvent.click(screen.getByTestId('import-load'));
  await screen.findByTestId('import-preview');
  return r;
}

async function mapAccount() {
  await fireEvent.change(screen.getByTestId('import-map-account_id'), { target: { value: 'Acct' } });
}

beforeEach(() => {
  vi.resetAllMocks();
  api.importKinds.mockResolvedValue(KINDS);
  api.importCancel.mockResolvedValue(true);
});

describe('Import', () => {
  it('labels the path field and asks for a preview of the trimmed path, detecting the kind', async () => {
    await previewed();
    expect(screen.getByLabelText('File path')).toBe(screen.getByTestId('import-path'));
    expect(screen.getByTestId('import').contains(screen.getByTestId('import-kind'))).toBe(true);
    expect(api.importPreview).toHaveBeenCalledWith('/data/crm.csv', null);
    expect(screen.queryByRole('button', { name: 'Choose file…' })).toBeNull();
  });

  it('shows the first rows as text with their file lines', async () => {
    await previewed();
    const table = within(screen.getByTestId('import-preview')).getByRole('table');
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Line', 'Contact ID', 'Acct', 'Email']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([['2', 'c-1', 'acme', HOSTILE], ['4', 'c-2', 'globex', '']]);
    expect(table.querySelector('img')).toBeNull();
    expect(screen.getByTestId('import-preview').textContent).toContain('CSV · 2 KB · read as Contacts');
  });

  it('shows the mapping when headers differ and runs only once required columns are mapped', async () => {
    await previewed();
    const panel = screen.getByTestId('import-mapping');
    expect(within(panel).getAllByText('required')).toHaveLength(2);
    expect(panel.textContent).toContain('Choose the file’s column for account_id');
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('import-map-contact_id') as HTMLSelectElement).value).toBe('Contact ID');
    await fireEvent.change(screen.getByTestId('import-map-account_id'), { target: { value: 'Contact ID' } });
    expect(panel.textContent).toContain('Contact ID is chosen for more than one column');
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(true);
    await mapAccount();
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(false);
  });

  it('hides the mapping for a canonical file until asked', async () => {
    const canonical = crmPreview({
      headers: ['contact_id', 'account_id'], missing: [], needs_mapping: false,
      mapping: [{ column: 'contact_id', header: 'contact_id' }, { column: 'account_id', header: 'account_id' }, { column: 'email', header: null }],
    });
    await previewed({}, canonical);
    expect(screen.queryByTestId('import-mapping')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Edit column mapping' }));
    expect(screen.getByTestId('import-mapping')).toBeTruthy();
  });

  it('imports with a progress bar, then shows the counts and tells the app', async () => {
    const onimported = vi.fn();
    await previewed({ onimported });
    await mapAccount();
    const run = deferred<ImportOutcome>();
    let report: (p: ImportProgress) => void = () => {};
    api.importRun.mockImplementation((_req, onprogress) => ((report = onprogress), run.promise));
    await fireEvent.click(screen.getByTestId('import-run'));
    expect(api.importRun.mock.calls[0][0]).toEqual({
      path: '/data/crm.csv', kind: 'contacts', unknown_accounts: 'error', dry_run: false,
      mapping: [{ column: 'contact_id', header: 'Contact ID' }, { column: 'account_id', header: 'Acct' }, { column: 'email', header: 'Email' }],
    });
    report({ bytes_read: 512, bytes_total: 2048, rows: 1 });
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe('25'));
    expect(screen.getByTestId('import-progress').textContent).toContain('Importing crm.csv');
    expect(screen.getByTestId('import-progress').textContent).toContain('1 row read · 512 B of 2 KB');
    run.resolve(outcome({ counts: { rows: 2, inserted: 1, updated: 0, unchanged: 1, skipped: 0, notes: ['a note'] } }));
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toContain('Imported crm.csv');
    expect(result.textContent).toContain('2 rows read: 1 new, 0 updated, 1 unchanged.');
    expect(screen.getByTestId('import-count-inserted').textContent).toBe('1');
    expect(result.textContent).toContain('a note');
    expect(onimported).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('checks a file without importing it', async () => {
    const onimported = vi.fn();
    await previewed({ onimported });
    await mapAccount();
    api.importRun.mockResolvedValue(outcome({ dry_run: true, counts: { rows: 2, inserted: 2, updated: 0, unchanged: 0, skipped: 0, notes: [] } }));
    await fireEvent.click(screen.getByTestId('import-validate'));
    const result = await screen.findByTestId('import-result');
    expect(api.importRun.mock.calls[0][0].dry_run).toBe(true);
    expect(result.textContent).toContain('crm.csv checks out');
    expect(result.textContent).toContain('importing it would give 2 new');
    expect(result.textContent).toContain('Nothing was imported yet.');
    expect(onimported).not.toHaveBeenCalled();
  });

  it('shows a bad row by file, line and field, marks it in the preview, and says nothing was imported', async () => {
    const onimported = vi.fn();
    await previewed({ onimported });
    await mapAccount();
    api.importRun.mockResolvedValue(outcome({
      counts: null,
      problem: {
        code: 'bad_row', file: '/data/crm.csv', line: 4, field: 'Acct', reason: 'unknown account "globex" (import it in the accounts file first)',
        reason_text: { key: 'error-import-unknown-account', args: { account: { type: 'str', value: 'globex' } } },
        message: '/data/crm.csv:4: field `Acct`: unknown account "globex" (import it in the accounts file first)',
        text: {
          key: 'error-import-row',
          args: {
            file: { type: 'str', value: '/data/crm.csv' },
            line: { type: 'int', value: 4 },
            field: { type: 'str', value: 'Acct' },
            reason: { type: 'text', value: { key: 'error-import-unknown-account', args: { account: { type: 'str', value: 'globex' } } } },
          },
        },
      },
    }));
    await fireEvent.click(screen.getByTestId('import-run'));
    const panel = await screen.findByTestId('import-error');
    expect(within(panel).getByTestId('import-error-line').textContent).toBe('4');
    expect(within(panel).getByTestId('import-error-field').textContent).toBe('Acct');
    expect(within(panel).getByTestId('import-error-file').textContent).toBe('/data/crm.csv');
    expect(panel.textContent).toContain('crm.csv was not imported');
    expect(panel.textContent).toContain('unknown account "globex"');
    expect(panel.textContent).toContain('Nothing was imported.');
    const marked = screen.getByTestId('import-preview').querySelector('tr.bad');
    expect(marked?.textContent).toContain('globex');
    expect(screen.queryByTestId('import-result')).toBeNull();
    expect(onimported).not.toHaveBeenCalled();
  });

  it('cancels a running import and says nothing was imported', async () => {
    await previewed();
    await mapAccount();
    const run = deferred<ImportOutcome>();
    api.importRun.mockReturnValue(run.promise);
    await fireEvent.click(screen.getByTestId('import-run'));
    await fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(api.importCancel).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('import-progress').textContent).toContain('Cancelling');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    run.resolve(outcome({
      counts: null,
      problem: {
        code: 'cancelled', file: '/data/crm.csv', line: null, field: null, reason: 'cancelled; nothing was imported', message: '',
        reason_text: { key: 'error-import-cancelled-reason', args: {} },
        text: { key: 'error-import-cancelled', args: { file: { type: 'str', value: '/data/crm.csv' } } },
      },
    }));
    const panel = await screen.findByTestId('import-error');
    expect(panel.textContent).toContain('Import cancelled');
    expect(panel.textContent).toContain('Nothing was imported.');
    expect(within(panel).queryByTestId('import-error-line')).toBeNull();
  });


  it('shows other failures plainly', async () => {
    await previewed();
    await mapAccount();
    api.importRun.mockRejectedValue(new ApiError('locked', 'The workspace is locked: unlock it first.'));
    await fireEvent.click(screen.getByTestId('import-run'));
    const panel = await screen.findByTestId('import-error');
    expect(panel.textContent).toContain('The workspace is locked: unlock it first.');
    expect(panel.textContent).toContain('Nothing was imported.');
    expect(within(panel).queryByTestId('import-error-line')).toBeNull();
  });

  it('re-reads the file as the kind chosen, and offers the detected kind', async () => {
    await previewed({}, crmPreview({ kind: 'accounts', detected: 'contacts', columns: [], mapping: [], missing: [] }));
    expect(screen.getByTestId('import-preview').textContent).toContain('The file looks like contacts.');
    api.importPreview.mockResolvedValue(crmPreview());
    await fireEvent.click(screen.getByRole('button', { name: 'Read it as contacts' }));
    expect(api.importPreview).toHaveBeenLastCalledWith('/data/crm.csv', 'contacts');
    await fireEvent.change(screen.getByTestId('import-kind'), { target: { value: 'accounts' } });
    expect(api.importPreview).toHaveBeenLastCalledWith('/data/crm.csv', 'accounts');
    expect(screen.getByText('CSV. Import accounts before the files that name them.')).toBeTruthy();
  });

  it('says why a file cannot be read', async () => {
    render(ImportScreen);
    api.importPreview.mockRejectedValue(new ApiError('io', '/nope.csv: No such file or directory (os error 2)'));
    await fireEvent.input(screen.getByTestId('import-path'), { target: { value: '/nope.csv' } });
    await fireEvent.click(screen.getByTestId('import-load'));
    expect((await screen.findByRole('alert')).textContent).toContain('The file could not be read: /nope.csv: No such file');
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('offers Choose file… only when the app can open a file dialog', async () => {
    const onchoosefile = vi.fn().mockResolvedValue('/picked/crm.csv');
    api.importPreview.mockResolvedValue(crmPreview());
    render(ImportScreen, { onchoosefile });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose file…' }));
    await screen.findByTestId('import-preview');
    expect((screen.getByTestId('import-path') as HTMLInputElement).value).toBe('/picked/crm.csv');
    expect(api.importPreview).toHaveBeenCalledWith('/picked/crm.csv', null);
  });
});

describe('Import under the CSP', () => {
  it('has no style attribute, {@html} or spread', () => {
    expect(source).not.toMatch(/\sstyle=|\{@html|\{\.\.\./);
    const code = compile(source, { filename: 'Import.svelte', generate: 'client' }).js.code;
    expect(code).not.toMatch(/setAttribute\(\s*['"]style['"]|\$\.attribute_effect\(/);
  });
});
