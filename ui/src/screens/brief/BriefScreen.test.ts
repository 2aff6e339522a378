// The value brief screen against a mocked command caller: the form becomes one debounced
// evidence request with the CLI's profile JSON, stale answers are dropped, the "not enough"
// state blocks saving, and saving writes where the path says.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { clearToasts } from '../../lib/kit';
import { EVIDENCE_DELAY_MS, type BriefEvidence } from './brief';
import { OPTIONS, evidence, notEnough, saved } from './fixtures';

// Only `call` is replaced; ApiError and toApiError stay real so errors read as in the app.
const api = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../lib/api')>()), ...api }));
const files = vi.hoisted(() => ({ pickSavePath: vi.fn() }));
vi.mock('../../lib/files', () => files);

const { ApiError } = await import('../../lib/api');
const { default: Brief } = await import('./Brief.svelte');

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

type Handler = (args: Record<string, unknown> | undefined) => Promise<unknown>;
let handlers: Record<string, Handler>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  clearToasts();
  handlers = {
    brief_options: async () => OPTIONS,
    brief_evidence: async () => evidence(),
    save_brief: async (args) => saved(String(args?.path)),
  };
  api.call.mockReset().mockImplementation((command: string, args?: Record<string, unknown>) => handlers[command](args));
});

afterEach(() => {
  vi.useRealTimers();
});

/** Lets timers run `ms` forward and the promises they start settle, then Svelte update. */
async function flush(ms = 0) {
  await vi.advanceTimersByTimeAsync(ms);
  await tick();
}

const evidenceCalls = () => api.call.mock.calls.filter(([c]) => c === 'brief_evidence').map(([, args]) => (args as { prospect: unknown }).prospect);

async function open() {
  const view = render(Brief);
  await flush();
  await flush(EVIDENCE_DELAY_MS);
  return view;
}

const input = (view: { getByTestId: (id: string) => HTMLElement }, id: string) => view.getByTestId(id) as HTMLInputElement;
const text = (el: HTMLElement) => el.textContent?.replace(/\s+/g, ' ').trim();

describe('the prospect form', () => {
  it('offers the book’s industries, regions, sizes and modules, then asks for the empty profile', async () => {
    const view = await open();
    expect(view.getByTestId('brief')).toBeTruthy();
    expect(api.call).toHaveBeenCalledWith('brief_options');
    const industries = [...(view.getByTestId('brief-industry') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(industries).toEqual(['Any industry', 'Logistics · 6 customers', 'Retail · 4 customers']);
    expect(view.getByRole('group', { name: 'Company size' }).querySelectorAll('button')).toHaveLength(3);
    expect(view.getByLabelText('Monitoring')).toBeTruthy();
    expect(view.getByLabelText('Expected MRR (USD)')).toBeTruthy();
    expect(evidenceCalls()).toEqual([{ name: '', industry: null, employees: null, region: null, modules: [], seats: null, expected_mrr: null }]);
    expect(text(view.getByTestId('brief-count'))).toBe('19 comparable customers (17 current, 2 former)');
  });

  it('sends one debounced request with the whole profile; typing the name asks for nothing', async () => {
    const view = await open();
    api.call.mockClear();
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind Logistics' } });
    await fireEvent.change(view.getByTestId('brief-industry'), { target: { value: 'Logistics' } });
    await fireEvent.click(view.getByRole('button', { name: '250–999' }));
    await fireEvent.change(view.getByTestId('brief-region'), { target: { value: 'EMEA' } });
    await fireEvent.click(view.getByLabelText('Monitoring'));
    await fireEvent.click(view.getByLabelText('Visualization'));
    await fireEvent.input(input(view, 'brief-seats'), { target: { value: '60' } });
    await fireEvent.input(input(view, 'brief-mrr'), { target: { value: '2500' } });
    await flush(EVIDENCE_DELAY_MS - 50);
    expect(evidenceCalls()).toEqual([]);
    expect(view.getByTestId('brief-evidence').getAttribute('aria-busy')).toBe('true');
    await flush(50);
    expect(evidenceCalls()).toEqual([
      { name: 'Northwind Logistics', industry: 'Logistics', employees: 500, region: 'EMEA', modules: ['monitoring', 'visualization'], seats: 60, expected_mrr: 2500 },
    ]);
    expect(view.getByRole('button', { name: '250–999' }).getAttribute('aria-pressed')).toBe('true');
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind Logistics GmbH' } });
    await flush(EVIDENCE_DELAY_MS * 2);
    expect(evidenceCalls()).toHaveLength(1);
    expect(text(view.getByTestId('brief-slides'))).toContain('Title: Northwind Logistics GmbH');
  });

  it('shows the headline numbers, adoption per module and how customers were matched', async () => {
    const view = await open();
    const numbers = text(view.getByTestId('brief-numbers'));
    expect(numbers).toContain('Median days to first value 34');
    expect(numbers).toContain('Reached value within 90 days 82%');
    expect(numbers).toContain('Still customers after 12 months 95%');
    expect(numbers).toContain('Expected lifetime value $213,000');
    const rows = [...view.getByTestId('brief-adoption').querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => text(c as HTMLElement)));
    expect(rows).toEqual([
      ['Monitoring', '12 of 14', '9 days'],
      ['Visualization', '3 of 14', 'fewer than 5 used it'],
    ]);
    expect(text(view.getByTestId('brief-matched'))).toContain('6 in Logistics (3 points)');
  });

  it('drops an answer that arrives after a newer request went out', async () => {
    const slow = deferred<BriefEvidence>();
    const fast = deferred<BriefEvidence>();
    const view = await open();
    handlers.brief_evidence = () => slow.promise;
    await fireEvent.change(view.getByTestId('brief-industry'), { target: { value: 'Logistics' } });
    await flush(EVIDENCE_DELAY_MS);
    handlers.brief_evidence = () => fast.promise;
    await fireEvent.change(view.getByTestId('brief-industry'), { target: { value: 'Retail' } });
    await flush(EVIDENCE_DELAY_MS);
    expect(evidenceCalls().map((p) => (p as { industry: string }).industry)).toEqual([null, 'Logistics', 'Retail']);
    fast.resolve(evidence(7));
    await flush();
    slow.resolve(evidence(30));
    await flush();
    expect(view.getByTestId('brief-count').dataset.count).toBe('7');
    expect(view.getByTestId('brief-evidence').getAttribute('aria-busy')).toBe('false');
  });

  it('shows a failed request with Retry', async () => {
    handlers.brief_evidence = async () => {
      throw new ApiError('db', 'disk I/O error');
    };
    const view = await open();
    expect(text(view.getByTestId('brief-evidence-error'))).toContain('disk I/O error');
    handlers.brief_evidence = async () => evidence(8);
    await fireEvent.click(view.getByRole('button', { name: 'Retry' }));
    await flush();
    expect(view.queryByTestId('brief-evidence-error')).toBeNull();
    expect(view.getByTestId('brief-count').dataset.count).toBe('8');
  });
});

describe('not enough evidence', () => {
  it('says so, shows no figure and cannot be saved', async () => {
    handlers.brief_evidence = async () => notEnough(3);
    const view = await open();
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind' } });
    await flush();
    expect(text(view.getByTestId('brief-not-enough'))).toContain('Not enough comparable customers (3 < 5)');
    expect(text(view.getByTestId('brief-count'))).toBe('3 comparable customers (3 current, 0 former)');
    expect(view.queryByTestId('brief-numbers')).toBeNull();
    expect(view.queryByTestId('brief-adoption')).toBeNull();
    expect((view.getByTestId('brief-save-pptx') as HTMLButtonElement).disabled).toBe(true);
    expect((view.getByTestId('brief-save-pdf') as HTMLButtonElement).disabled).toBe(true);
    expect(view.getByText('Not enough comparable customers for a brief.')).toBeTruthy();
  });
});

describe('saving', () => {
  it('needs a name, prefills the path from it and writes the format of the button pressed', async () => {
    const view = await open();
    const pptx = view.getByTestId('brief-save-pptx') as HTMLButtonElement;
    expect(pptx.disabled).toBe(true);
    expect(input(view, 'brief-save-path').value).toBe('~/Documents/Waypoint/prospect-value-brief.pdf');
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind Logistics' } });
    await flush();
    expect(input(view, 'brief-save-path').value).toBe('~/Documents/Waypoint/northwind-logistics-value-brief.pdf');
    expect(pptx.disabled).toBe(false);
    await fireEvent.click(pptx);
    await flush();
    expect(api.call).toHaveBeenLastCalledWith('save_brief', {
      prospect: { name: 'Northwind Logistics', industry: null, employees: null, region: null, modules: [], seats: null, expected_mrr: null },
      path: '~/Documents/Waypoint/northwind-logistics-value-brief.pptx',
      lang: 'en',
    });
    expect(text(view.getByTestId('brief-saved'))).toBe('Saved /home/se/Documents/Waypoint/northwind-logistics-value-brief.pptx (48 KB, 7 slides)');
    expect(input(view, 'brief-save-path').value).toBe('~/Documents/Waypoint/northwind-logistics-value-brief.pptx');
  });

  it('takes the path chosen in the save dialog and keeps it when the name changes', async () => {
    const view = await open();
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind' } });
    await flush();
    files.pickSavePath.mockResolvedValueOnce(null);
    await fireEvent.click(view.getByTestId('brief-save-choose'));
    await flush();
    expect(files.pickSavePath).toHaveBeenLastCalledWith('Save the value brief as', '~/Documents/Waypoint/northwind-value-brief.pdf', [
      { name: 'Value brief', extensions: ['pdf', 'pptx'] },
    ]);
    expect(input(view, 'brief-save-path').value).toBe('~/Documents/Waypoint/northwind-value-brief.pdf');
    files.pickSavePath.mockResolvedValueOnce('/srv/briefs/northwind.pptx');
    await fireEvent.click(view.getByTestId('brief-save-choose'));
    await flush();
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind Logistics' } });
    await flush();
    expect(input(view, 'brief-save-path').value).toBe('/srv/briefs/northwind.pptx');
  });

  it('keeps a typed path and shows a refused save', async () => {
    const view = await open();
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind' } });
    await fireEvent.input(input(view, 'brief-save-path'), { target: { value: '/srv/briefs/nw' } });
    await fireEvent.input(input(view, 'brief-name'), { target: { value: 'Northwind Logistics' } });
    await flush();
    expect(input(view, 'brief-save-path').value).toBe('/srv/briefs/nw');
    handlers.save_brief = async () => {
      throw new ApiError('invalid_request', '/srv/briefs: permission denied');
    };
    await fireEvent.click(view.getByTestId('brief-save-pdf'));
    await flush();
    expect(api.call).toHaveBeenLastCalledWith('save_brief', expect.objectContaining({ path: '/srv/briefs/nw.pdf' }));
    expect(text(view.getByTestId('brief-save-error'))).toBe('/srv/briefs: permission denied');
    expect(view.queryByTestId('brief-saved')).toBeNull();
  });

  it('offers Retry when the form cannot load', async () => {
    handlers.brief_options = async () => {
      throw new ApiError('locked', 'the workspace is locked');
    };
    const view = render(Brief);
    await flush();
    expect(view.getByRole('alert').textContent).toContain('the workspace is locked');
    handlers.brief_options = async () => OPTIONS;
    await fireEvent.click(view.getByRole('button', { name: 'Retry' }));
    await flush();
    expect(view.getByTestId('brief-name')).toBeTruthy();
  });
});
