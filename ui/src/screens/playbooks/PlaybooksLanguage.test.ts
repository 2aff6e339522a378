// The playbooks screen in French and Chinese: due days, runs, generated values (priorities,
// sides, alert kinds, stages) and the inbox in each language. Task titles and playbook names
// are data and stay as typed (expected strings written out by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { setLang } from '../../lib/i18n.svelte';
import { makeInbox, makePlaybooks, OPTIONS, REPORT } from './fixtures';
import { alertKindLabel, dueText, priorityLabel, runLines, runSummary, stageLabel } from './playbooks';

const api = vi.hoisted(() => ({ completeTask: vi.fn() }));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));
const cmd = vi.hoisted(() => ({
  taskInbox: vi.fn(),
  playbooks: vi.fn(),
  playbookOptions: vi.fn(),
  validatePlaybook: vi.fn(),
  savePlaybook: vi.fn(),
  setPlaybookEnabled: vi.fn(),
  runPlaybooks: vi.fn(),
}));
vi.mock('./commands', () => cmd);

const { default: Playbooks } = await import('./Playbooks.svelte');
const text = (el: Element | null) => el?.textContent?.replace(/[ \t\n]+/g, ' ').trim() ?? '';

beforeEach(() => {
  for (const fn of [...Object.values(api), ...Object.values(cmd)]) fn.mockReset();
  cmd.taskInbox.mockResolvedValue(makeInbox());
  cmd.playbooks.mockResolvedValue(makePlaybooks());
  cmd.playbookOptions.mockResolvedValue(OPTIONS);
});
afterEach(() => setLang('en'));

describe('wording in French', () => {
  it('says due days, runs and generated values in French, with French plurals', () => {
    setLang('fr');
    expect(dueText({ due_day: '2026-06-20', due_in_days: -10 })).toBe('Échéance le 20 juin 2026 · en retard de 10 jours');
    expect(dueText({ due_day: '2026-07-01', due_in_days: 1 })).toBe('Échéance le 1 juil. 2026 · dans 1 jour');
    expect(dueText({ due_day: null, due_in_days: null })).toBe('Sans échéance');
    expect(runSummary({ ...REPORT, created: 1 })).toBe('1 nouvelle tâche, 5 déjà présentes, 1 escaladée');
    expect(runLines(REPORT, makePlaybooks())).toEqual([{ key: 'usage-drop-rescue', text: 'Usage drop rescue\u202f: déclenché pour 1 compte, 2 nouvelles tâches' }]);
    expect([priorityLabel('urgent'), priorityLabel('low')]).toEqual(['Urgente', 'Basse']);
    expect([alertKindLabel('renewal_risk'), alertKindLabel('brand_new_kind')]).toEqual(['Renouvellement à risque', 'Brand new kind']);
    expect(stageLabel('churned')).toBe('Perdu');
  });
});

describe('wording in Chinese', () => {
  it('says due days and runs in Chinese, without plural forms', () => {
    setLang('zh-CN');
    expect(dueText({ due_day: '2026-06-20', due_in_days: -10 })).toBe('2026年6月20日 截止 · 已逾期 10 天');
    expect(dueText({ due_day: '2026-06-30', due_in_days: 0 })).toBe('今天截止，2026年6月30日');
    expect(runSummary(REPORT)).toBe('新建 2 个任务，5 个已存在，1 个已升级处理');
    expect([priorityLabel('high'), stageLabel('onboarding')]).toEqual(['高', '上线实施']);
  });
});

describe('the inbox in French', () => {
  it('titles the screen, counts the open tasks with the date, and labels filters and badges', async () => {
    setLang('fr');
    render(Playbooks, { onopenaccount: vi.fn() });
    await screen.findByTestId('inbox');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Playbooks et tâches');
    expect(text(screen.getByTestId('inbox-count'))).toBe('6 sur 6 tâches ouvertes · au 30 juin 2026');
    const owner = screen.getByTestId('inbox-owner') as HTMLSelectElement;
    expect(owner.getAttribute('aria-label')).toBe('Responsable');
    expect(owner.options[0].textContent).toBe('Tous les responsables');
    const first = screen.getAllByTestId('inbox-task')[0];
    expect(text(first)).toContain('Urgente');
    expect(text(within(first).getByTestId('task-due'))).toBe('Échéance le 20 juin 2026 · en retard de 10 jours');
    expect(within(first).getByTestId('task-done').textContent).toBe('Terminé');
  });
});
