// Account 360 in Chinese and French: the catalogue's words, and numbers, money and days in the
// locale's conventions. Expected strings are written out by hand from CLDR (French: narrow
// no-break space U+202F to group thousands and before ":", no-break space U+00A0 before "%",
// "€" and units; Chinese: 年月日 dates, full-width colons).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { setLang } from '../../lib/i18n.svelte';
import { clearToasts } from '../../lib/kit';
import { makeAccount } from './fixture';

const api = vi.hoisted(() => ({
  account: vi.fn(),
  completeMilestone: vi.fn(),
  reopenMilestone: vi.fn(),
  completeTask: vi.fn(),
  logTouchpoint: vi.fn(),
}));
vi.mock('../../lib/api', async (importOriginal) => ({ ...(await importOriginal<object>()), ...api }));

const { openAccount: open, openTab } = await import('./testing');

/** Text with layout whitespace collapsed but no-break spaces kept: they are what is tested. */
const text = (el: Element | null) => el?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? '';

beforeEach(() => {
  for (const fn of Object.values(api)) fn.mockReset();
  api.account.mockResolvedValue(makeAccount());
  clearToasts();
});
afterEach(() => setLang('en'));

describe('Account 360 in Chinese', () => {
  it('writes the header, tabs and as-of day in Chinese', async () => {
    setLang('zh-CN');
    await open();
    const facts = text(screen.getByRole('list', { name: '客户信息' }));
    expect(facts).toContain('需求：Growth seekers');
    expect(facts).toContain('层级：Enterprise');
    expect(text(screen.getByTestId('tile-arr'))).toBe('ARR €120,000 MRR €10,000');
    const health = text(screen.getByTestId('tile-health'));
    expect(health).toContain('+4 分');
    expect(health).toContain('对比 28 天前');
    expect(health).toContain('健康');
    expect(text(screen.getByTestId('tile-stage'))).toContain('生命周期 采用 自动判定');
    expect(text(screen.getByTestId('tile-renewal'))).toBe('续约 2025年8月14日 45天后');
    expect(text(screen.getByTestId('tile-mau'))).toBe('月活跃用户 1,234 日均 310.3 人');
    expect(text(screen.getByTestId('tile-breadth'))).toBe('使用广度 50% 已使用 2 / 4 个已授权模块');
    expect(screen.getAllByRole('tab').map((tab) => text(tab))).toEqual(['概览', '成功计划', '活动', '支持与 NPS']);
    expect(text(screen.getByTestId('back'))).toBe('← 客户');
    expect(text(document.querySelector('.as-of'))).toBe('数据截至 2025年6月30日');
    expect(text(screen.getByTestId('module-list'))).toContain('该客户已使用 2 / 4 个已授权模块。');
  });

  it('writes support and NPS in Chinese', async () => {
    setLang('zh-CN');
    await open();
    await openTab('支持与 NPS');
    const support = text(screen.getByTestId('support'));
    for (const s of ['工单 7', '首次响应 3.5 小时', 'CSAT 4.3 / 5']) expect(support).toContain(s);
    expect(text(screen.getByTestId('nps-score'))).toBe('NPS +20 5 份回复');
    expect(text(screen.getAllByTestId('nps-comment')[1])).toBe('评分 9 2025年5月2日 无评论。');
  });
});

describe('Account 360 in French', () => {
  it('writes the header in French', async () => {
    setLang('fr');
    await open();
    const facts = text(screen.getByRole('list', { name: 'Informations du compte' }));
    expect(facts).toContain('Responsable\u202f: Dana Lee');
    expect(facts).toContain('Besoins\u202f: Growth seekers');
    expect(text(screen.getByTestId('tile-arr'))).toBe('ARR 120\u202f000\u00a0€ MRR 10\u202f000\u00a0€');
    expect(text(screen.getByTestId('tile-health'))).toBe('Santé 72 ▲ +4\u00a0pts (hausse, favorable) par rapport à il y a 28 jours Sain');
    expect(text(screen.getByTestId('tile-renewal'))).toBe('Renouvellement 14 août 2025 dans 45 jours');
    expect(text(screen.getByTestId('tile-mau'))).toBe('Utilisateurs actifs mensuels 1\u202f234 310,3 par jour en moyenne');
    expect(text(screen.getByTestId('tile-breadth'))).toBe('Étendue d’usage 50\u00a0% 2 modules sous licence sur 4');
    expect(text(within(screen.getAllByTestId('driver')[0]).getByTestId('driver-points'))).toBe('15 / 20\u00a0pts');
    expect(text(document.querySelector('.as-of'))).toBe('Chiffres au 30 juin 2025');
  });

  it('writes the success plan in French, with plurals', async () => {
    setLang('fr');
    await open();
    await openTab('Plan de succès');
    expect(text(screen.getByTestId('plan-done'))).toBe('2 terminés');
    expect(text(screen.getByTestId('plan-overdue'))).toBe('1 en retard');
    expect(text(screen.getByTestId('plan-open'))).toBe('2 ouverts');
    expect(text(screen.getByTestId('next-step'))).toBe('Prochaine étape attendue du client\u202f: SSO configured échéance le 25 juin 2025');
    const sso = text(document.querySelector('[data-milestone-id="m-sso"]'));
    expect(sso).toContain('Client');
    expect(sso).toContain('En retard de 5 jours');
    expect(text(document.querySelector('[data-milestone-id="m-kick"]'))).toContain('Terminé avec 2 jours de retard');
    expect(screen.getAllByTestId('phase').map((p) => text(p.querySelector('th')))).toEqual([
      '30 premiers jours', 'Jours 31 à 60', 'Jours 61 à 90', 'Plus tard',
    ]);
  });
});
