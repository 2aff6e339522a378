// The settings screen against mocked commands: live weight shares, validation messages next to
// the fields, the payloads each Save sends, backup, rekey, and the restore confirmation.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { get } from 'svelte/store';
import { clearToasts, toasts } from '../../lib/kit';
import { makeSettings } from './fixture';

const commands = vi.hoisted(() => ({
  settings: vi.fn(),
  saveScorecard: vi.fn(),
  saveThresholds: vi.fn(),
  saveBrand: vi.fn(),
  backupWorkspace: vi.fn(),
  rekeyWorkspace: vi.fn(),
  restoreWorkspace: vi.fn(),
  healthBacktest: vi.fn(),
  healthTuning: vi.fn(),
  applyHealthTuning: vi.fn(),
}));
vi.mock('./commands', () => commands);
const api = vi.hoisted(() => ({ sessionInfo: vi.fn(), workspaceStatus: vi.fn() }));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));
const files = vi.hoisted(() => ({ pickFile: vi.fn(), pickSavePath: vi.fn() }));
vi.mock('../../lib/files', () => files);

const { ApiError } = await import('../../lib/api');
const { default: Settings } = await import('./Settings.svelte');

const byId = <T extends HTMLElement = HTMLInputElement>(id: string) => screen.getByTestId(id) as T;
const text = (id: string) => byId<HTMLElement>(id).textContent?.replace(/\s+/g, ' ').trim();

async function open(view = makeSettings(), onlocked = vi.fn()) {
  commands.settings.mockResolvedValue(view);
  render(Settings, { onlocked });
  await screen.findByTestId('settings-path');
  return onlocked;
}

async function type(id: string, value: string) {
  await fireEvent.input(byId(id), { target: { value } });
}

beforeEach(() => {
  for (const fn of [...Object.values(commands), ...Object.values(api), ...Object.values(files)]) fn.mockReset();
  api.sessionInfo.mockResolvedValue({ name: 'workspace', path: '/p', exists: true, open: true, startup_error: null });
  api.workspaceStatus.mockRejectedValue(new Error('not asked for in this test'));
  clearToasts();
});

describe('workspace', () => {
  it('says how many rows of each kind the file holds', async () => {
    api.workspaceStatus.mockResolvedValue({
      name: 'workspace',
      path: '/p',
      status: { accounts: 2000, owners: 12, subscriptions: 2140, contacts: 9000, modules: 8, users: 31000, tickets: 4200, nps_responses: 880, milestones: 6000, events: 1234567, usage_days: 98000 },
    });
    await open();
    await waitFor(() =>
      expect(text('settings-contents')).toBe(
        '2,000 accounts · 12 owners · 2,140 subscriptions · 9,000 contacts · 8 modules · 31,000 users · 4,200 tickets · 880 NPS responses · 6,000 milestones · 1,234,567 events · 98,000 usage days',
      ),
    );
  });

  it('leaves the contents out when they cannot be read', async () => {
    await open();
    await waitFor(() => expect(api.workspaceStatus).toHaveBeenCalled());
    expect(screen.queryByTestId('settings-contents')).toBeNull();
  });

  it('fills the backup and restore paths from the native dialogs, and keeps them on Cancel', async () => {
    await open();
    const filters = [{ name: 'Waypoint workspace', extensions: ['waypoint'] }];
    files.pickSavePath.mockResolvedValueOnce('/media/usb/book.waypoint');
    await fireEvent.click(byId('settings-backup-choose'));
    await waitFor(() => expect(byId('settings-backup-path').value).toBe('/media/usb/book.waypoint'));
    expect(files.pickSavePath).toHaveBeenCalledWith('Back up the workspace to', '/home/maya/Waypoint/workspace-backup-2026-10-31.waypoint', filters);
    files.pickSavePath.mockResolvedValueOnce(null);
    await fireEvent.click(byId('settings-backup-choose'));
    await waitFor(() => expect(files.pickSavePath).toHaveBeenCalledTimes(2));
    expect(byId('settings-backup-path').value).toBe('/media/usb/book.waypoint');

    expect(byId<HTMLButtonElement>('settings-restore').disabled).toBe(true);
    files.pickFile.mockResolvedValueOnce('/media/usb/old.waypoint');
    await fireEvent.click(byId('settings-restore-choose'));
    await waitFor(() => expect(byId('settings-restore-path').value).toBe('/media/usb/old.waypoint'));
    expect(files.pickFile).toHaveBeenCalledWith('Restore from a backup', filters);
    expect(byId<HTMLButtonElement>('settings-restore').disabled).toBe(false);
  });

  it('shows the file, its size and key storage, and backs up to the typed path', async () => {
    await open();
    expect(screen.getByTestId('settings')).toBeTruthy();
    expect(text('settings-path')).toBe('/home/maya/Waypoint/workspace.waypoint');
    expect(text('settings-size')).toBe('3 MB');
    expect(text('settings-key-storage')).toBe('System keyring');
    expect(byId('settings-backup-path').value).toBe('/home/maya/Waypoint/workspace-backup-2026-10-31.waypoint');

    commands.backupWorkspace.mockResolvedValue({ path: '/backups/w.waypoint', size_bytes: 2048 });
    await type('settings-backup-path', ' /backups/w.waypoint ');
    await fireEvent.click(byId('settings-backup'));
    expect(commands.backupWorkspace).toHaveBeenCalledWith('/backups/w.waypoint');
    await waitFor(() => expect(get(toasts).map((t) => t.message)).toContain('Backup written to /backups/w.waypoint (2 KB)'));
  });

  it('restores only after the confirmation, then hands over to the shell', async () => {
    const onlocked = await open();
    expect(byId<HTMLButtonElement>('settings-restore').disabled).toBe(true);
    await type('settings-restore-path', '/backups/monday.waypoint');
    await fireEvent.click(byId('settings-restore'));
    expect(commands.restoreWorkspace).not.toHaveBeenCalled();
    expect(screen.getByText(/Everything imported or changed since that backup is lost/)).toBeTruthy();

    commands.restoreWorkspace.mockResolvedValue({ name: 'workspace', path: '/p', status: { accounts: 24 } });
    await fireEvent.click(byId('settings-restore-confirm'));
    expect(commands.restoreWorkspace).toHaveBeenCalledWith('/backups/monday.waypoint', null);
    await waitFor(() => expect(onlocked).toHaveBeenCalledOnce());
    expect(get(toasts).map((t) => t.message)).toContain('Workspace restored: 24 accounts');
  });

  it('asks a passphrase workspace for the backup passphrase and keeps refusals in the dialog', async () => {
    const view = makeSettings();
    view.workspace.key_storage = 'passphrase';
    const onlocked = await open(view);
    await type('settings-restore-path', '/backups/monday.waypoint');
    await fireEvent.click(byId('settings-restore'));
    expect(byId<HTMLButtonElement>('settings-restore-confirm').disabled).toBe(true);
    await type('restore-passphrase', 'backup secret');
    commands.restoreWorkspace.mockRejectedValueOnce(new ApiError('invalid_request', 'passphrase: that passphrase does not open the backup'));
    await fireEvent.click(byId('settings-restore-confirm'));
    expect(commands.restoreWorkspace).toHaveBeenCalledWith('/backups/monday.waypoint', 'backup secret');
    expect(await screen.findByTestId('restore-error')).toBeTruthy();
    expect(text('restore-error')).toBe('passphrase: that passphrase does not open the backup');
    expect(onlocked).not.toHaveBeenCalled();
    expect(api.sessionInfo).not.toHaveBeenCalled();
  });

  it('starts over when a failed restore left the workspace closed', async () => {
    const onlocked = await open();
    api.sessionInfo.mockResolvedValue({ name: 'workspace', path: '/p', exists: true, open: false, startup_error: null });
    commands.restoreWorkspace.mockRejectedValueOnce(new ApiError('wrong_key', 'wrong key or passphrase for /backups/old.waypoint'));
    await type('settings-restore-path', '/backups/old.waypoint');
    await fireEvent.click(byId('settings-restore'));
    await fireEvent.click(byId('settings-restore-confirm'));
    await waitFor(() => expect(onlocked).toHaveBeenCalledOnce());
  });
});

describe('security', () => {
  it('re-keys to a new passphrase typed twice', async () => {
    await open();
    await fireEvent.click(byId('settings-rekey-passphrase'));
    expect(screen.queryByTestId('rekey-current')).toBeNull();
    await type('rekey-new', 'correct horse');
    await type('rekey-repeat', 'correct horsE');
    expect(text('rekey-problem')).toBe('The two passphrases differ.');
    expect(byId<HTMLButtonElement>('rekey-confirm').disabled).toBe(true);
    await type('rekey-repeat', 'correct horse');
    const next = makeSettings();
    next.workspace.key_storage = 'passphrase';
    commands.rekeyWorkspace.mockResolvedValue(next);
    await fireEvent.click(byId('rekey-confirm'));
    expect(commands.rekeyWorkspace).toHaveBeenCalledWith('passphrase', 'correct horse', null);
    await waitFor(() => expect(text('settings-key-storage')).toBe('Passphrase'));
  });

  it('asks a passphrase workspace for its current passphrase to move to the keyring', async () => {
    const view = makeSettings();
    view.workspace.key_storage = 'passphrase';
    await open(view);
    await fireEvent.click(byId('settings-rekey-keyring'));
    expect(byId<HTMLButtonElement>('rekey-confirm').disabled).toBe(true);
    await type('rekey-current', 'old secret');
    commands.rekeyWorkspace.mockResolvedValue(makeSettings());
    await fireEvent.click(byId('rekey-confirm'));
    expect(commands.rekeyWorkspace).toHaveBeenCalledWith('keyring', null, 'old secret');
  });
});

describe('health scorecard', () => {
  it('shows each weight share of 100 live', async () => {
    await open();
    expect(text('share-usage_trend')).toBe('20%');
    // 60 + 15×4 + 10 + 5 + 5 = 140: 60/140 = 42.9 %, 15/140 = 10.7 %.
    await type('setting-usage_trend', '60');
    expect(text('share-usage_trend')).toBe('42.9%');
    expect(text('share-breadth')).toBe('10.7%');
    expect(text('share-support')).toBe('3.6%');
  });

  it('says what is wrong next to the field and keeps Save disabled', async () => {
    await open();
    await type('setting-nps', '-1');
    expect(screen.getByText('Use 0 or more.')).toBeTruthy();
    await type('setting-nps', '10');
    await type('setting-green_at', '30');
    expect(text('green_at-error')).toBe('Must be above the yellow limit (40).');
    expect(byId<HTMLButtonElement>('scorecard-save').disabled).toBe(true);
    await type('setting-green_at', '75');
    expect(screen.queryByTestId('green_at-error')).toBeNull();
    expect(byId<HTMLButtonElement>('scorecard-save').disabled).toBe(false);
  });

  it('saves the typed weights and bands, and resets to the defaults', async () => {
    await open();
    await type('setting-nps', '0');
    await type('setting-breadth', '35');
    await type('setting-green_at', '75');
    commands.saveScorecard.mockResolvedValue(makeSettings());
    await fireEvent.click(byId('scorecard-save'));
    const sent = commands.saveScorecard.mock.calls[0][0];
    expect(sent.green_at).toBe(75);
    expect(sent.yellow_at).toBe(40);
    expect(sent.weights).toContainEqual({ key: 'nps', weight: 0 });
    expect(sent.weights).toContainEqual({ key: 'breadth', weight: 35 });
    expect(sent.weights).toHaveLength(8);

    await type('setting-depth', '99');
    await fireEvent.click(byId('scorecard-reset'));
    expect(byId('setting-depth').value).toBe('15');
    expect(text('share-depth')).toBe('15%');
  });
});

describe('alert thresholds', () => {
  it('check ranges and save values in their shown units', async () => {
    await open();
    await type('setting-silent_days', '0');
    expect(text('silent_days-error')).toBe('Use 1–365 days.');
    expect(byId<HTMLButtonElement>('thresholds-save').disabled).toBe(true);
    await type('setting-silent_days', '10');
    await type('setting-drop_threshold', '30');
    commands.saveThresholds.mockResolvedValue(makeSettings());
    await fireEvent.click(byId('thresholds-save'));
    expect(commands.saveThresholds).toHaveBeenCalledWith([
      { key: 'drop_threshold', value: 30 },
      { key: 'silent_days', value: 10 },
      { key: 'ticket_spike_factor', value: 2 },
      { key: 'health_drop', value: 10 },
    ]);
  });

  it('show a refusal from the engine', async () => {
    await open();
    commands.saveThresholds.mockRejectedValue(new ApiError('invalid_request', 'silent_days: must be from 1 to 365 days'));
    await fireEvent.click(byId('thresholds-save'));
    expect(await screen.findByTestId('thresholds-error')).toBeTruthy();
    expect(text('thresholds-error')).toBe('silent_days: must be from 1 to 365 days');
  });
});

describe('branding', () => {
  it('previews the colours and saves company, colours and logo path', async () => {
    await open();
    expect(byId<HTMLElement>('swatch-accent').style.backgroundColor).toBe('rgb(0, 114, 178)');
    await type('setting-accent', '#009e73');
    expect(byId<HTMLElement>('swatch-accent').style.backgroundColor).toBe('rgb(0, 158, 115)');
    await type('setting-dark', '#12345');
    expect(text('dark-error')).toBe('Use a #RRGGBB colour, e.g. #212529.');
    expect(byId<HTMLElement>('swatch-dark').style.backgroundColor).toBe('rgb(33, 37, 41)');
    expect(byId<HTMLButtonElement>('brand-save').disabled).toBe(true);
    await type('setting-dark', '#112233');
    await type('setting-company', ' Acme ');
    expect(text('brand-preview-title')).toBe('Acme');
    await type('setting-logo', '/home/maya/acme.png');
    commands.saveBrand.mockResolvedValue(makeSettings());
    await fireEvent.click(byId('brand-save'));
    expect(commands.saveBrand).toHaveBeenCalledWith({ company: 'Acme', accent: '#009E73', dark: '#112233', logo: '/home/maya/acme.png', remove_logo: false });
  });
});

it('shows stored settings that no longer read', async () => {
  await open(makeSettings({ warnings: ['The stored alerts settings could not be read (bad); defaults apply.'] }));
  expect(text('settings-warning')).toContain('alerts');
});

describe('does the score work?', () => {
  const HOSTILE = '<img src=x onerror=alert(1)>';
  const band = (b: 'green' | 'yellow' | 'red', accounts: number, churned: number) => ({ band: b, accounts, churned, rate: churned / accounts });
  const report = {
    from: '2024-08-31', to: '2026-07-31', horizon_days: 90, every_months: 1, contraction: 0.1,
    evaluation_days: Array.from({ length: 24 }, (_, i) => `2025-${String((i % 12) + 1).padStart(2, '0')}-28`),
    no_data: 595,
    evaluations: 4591, accounts: 280, churned: 98, churned_accounts: 37, contracted: 61,
    auc: 0.8812, auc_low: 0.851, auc_high: 0.909, auc_any: 0.78, auc_any_low: 0.73, auc_any_high: 0.83,
    bands: [band('green', 4224, 32), band('yellow', 356, 60), band('red', 11, 6)],
    lift_red_vs_green: 72.0, red_precision: 0.545, red_recall: 0.061, enough: true,
    calibration: [], roc: [[0, 0], [1, 1]], median_lead_days: 13, lead_days: [3, 14], churned_never_red: 31,
    misses: [{
      account_id: 'ACC-1', name: HOSTILE, day: '2026-07-31', score: 71, churn_day: '2026-10-03',
      drivers: [{ key: 'usage_trend', label: { key: 'health-component-usage-trend', args: {} }, points_lost: 7.2, detail: { key: 'health-detail-usage-none', args: {} } }],
    }],
    warnings: [{ key: 'backtest-few-churns', args: { count: { type: 'int', value: 12 }, min: { type: 'int', value: 20 } } }],
    by: null, groups: [],
  };

  it('runs on request and shows the figures, the warning and the misses as text', async () => {
    commands.healthBacktest.mockResolvedValue({ report, chart: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' });
    await open();
    expect(screen.queryByTestId('score-check-figures')).toBeNull();
    await fireEvent.click(screen.getByTestId('score-check-run'));
    await screen.findByTestId('score-check-figures');
    expect(commands.healthBacktest).toHaveBeenCalledWith('light');
    expect(text('score-check-auc')).toBe('ROC AUC for churn: 0.88 (95% interval 0.85 to 0.91) (0.5 is a coin toss, 1 is perfect)');
    expect(text('score-check')).toContain('Only 12 accounts churned in the evaluated history (fewer than 20)');
    expect(text('score-check')).toContain('Red accounts churned 72.0x as often as green ones');
    expect(text('score-check')).toContain('595 evaluations left out');
    const misses = byId<HTMLElement>('score-check-misses');
    expect(misses.textContent).toContain(HOSTILE);
    expect(misses.querySelector('img')).toBeNull();
    expect(misses.textContent).toContain('Usage trend −7');
  });

  it('says why when the check cannot run', async () => {
    commands.healthBacktest.mockRejectedValue(new ApiError('invalid_backtest', 'cannot backtest: the workspace has no subscriptions'));
    await open();
    await fireEvent.click(screen.getByTestId('score-check-run'));
    expect((await screen.findByRole('alert')).textContent).toContain('the workspace has no subscriptions');
  });
});

describe('Can the weights do better?', () => {
  const split = (from: string, to: string, days: number, evaluations: number, churned: number) => ({ from, to, days, evaluations, churned: churned * 2, churned_accounts: churned });
  const factor = (key: string, current: number, tuned: number) => ({ key, label: { key: `health-component-${key.replace(/_/g, '-')}`, args: {} }, current, tuned });
  const tuning = (better: boolean) => ({
    horizon_days: 90,
    fit: split('2024-11-30', '2025-11-30', 13, 2656, 24),
    test: split('2025-12-31', '2026-07-31', 8, 1935, 16),
    weights: [factor('usage_trend', 20, 30.9), factor('breadth', 15, 2.7), factor('depth', 15, 0), factor('stickiness', 15, 27.6), factor('core_users', 15, 5.8), factor('nps', 10, 24), factor('support', 5, 9), factor('milestones', 5, 0)],
    current: { auc: 0.88, auc_low: 0.82, auc_high: 0.93 },
    tuned: better ? { auc: 0.92, auc_low: 0.88, auc_high: 0.96 } : { auc: 0.86, auc_low: 0.8, auc_high: 0.91 },
    penalty: 1,
    better,
    warnings: better ? [] : [{ key: 'tune-not-better', args: {} }],
  });

  it('shows old and fitted weights with the held-out AUCs, and applies only on confirm', async () => {
    commands.healthTuning.mockResolvedValue(tuning(true));
    const applied = makeSettings();
    applied.scorecard.components[0].weight = 30.9;
    applied.scorecard.tuned = {
      applied_at: '2026-12-07T01:00:00Z', fit_from: '2024-11-30', fit_to: '2025-11-30', test_from: '2025-12-31', test_to: '2026-07-31',
      horizon_days: 90, evaluations: 2656, churned: 48, auc_before: 0.88, auc_after: 0.92, penalty: 1,
    };
    commands.applyHealthTuning.mockResolvedValue(applied);
    await open();
    expect(screen.queryByTestId('tune-record')).toBeNull();
    await fireEvent.click(screen.getByTestId('tune-run'));
    const table = await screen.findByTestId('tune-weights');
    expect(table.textContent).toContain('Usage trend');
    expect(table.textContent).toContain('30.9');
    expect(text('tune-auc')).toBe('ROC AUC for churn on the held-out days: current weights 0.88 (95% interval 0.82 to 0.93); fitted weights 0.92 (95% interval 0.88 to 0.96)');
    expect(commands.applyHealthTuning).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('tune-apply'));
    await waitFor(() => expect(commands.applyHealthTuning).toHaveBeenCalledTimes(1));
    // The scorecard form starts over from the applied weights, and the fit's record shows.
    expect(await screen.findByTestId('tune-record')).toBeTruthy();
    expect(text('tune-record')).toContain('0.88 before, 0.92 after');
    expect(screen.queryByTestId('tune-weights')).toBeNull();
  });

  it('offers no apply button when the fitted weights do no better', async () => {
    commands.healthTuning.mockResolvedValue(tuning(false));
    await open();
    await fireEvent.click(screen.getByTestId('tune-run'));
    await screen.findByTestId('tune-weights');
    expect(screen.queryByTestId('tune-apply')).toBeNull();
    expect(screen.getByTestId('tune-keep')).toBeTruthy();
    expect(text('tune')).toContain('do not rank the held-out churns better than the current ones');
  });
});
