// The segments screen in French and Chinese: headings, plurals, dates and statistics follow the
// language; segment names are data and stay as the engine sent them (expected strings by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { setLang } from '../../lib/i18n.svelte';
import { FIELDS, view } from './fixtures';
import { associationText } from './rules';
import Segments from './Segments.svelte';

const cmds = vi.hoisted(() => ({ segments: vi.fn(), segmentMembers: vi.fn(), ruleFields: vi.fn(), ruleCount: vi.fn() }));
vi.mock('./segments', () => cmds);

async function setup() {
  const screen = render(Segments, { theme: 'light', onopenaccount: vi.fn() });
  await vi.advanceTimersByTimeAsync(0);
  await tick();
  return screen;
}

beforeEach(() => {
  vi.useFakeTimers();
  cmds.segments.mockReset().mockResolvedValue(view());
  cmds.ruleFields.mockReset().mockResolvedValue(FIELDS);
});
afterEach(() => {
  vi.useRealTimers();
  setLang('en');
});

describe('in French', () => {
  it('titles, counts the book with its date, and quotes the statistics with a decimal comma', async () => {
    setLang('fr');
    const { getByTestId, getByRole } = await setup();
    const header = getByTestId('segments').querySelector('header p')!.textContent!;
    expect(header.startsWith('10 comptes · ARR ')).toBe(true);
    expect(header.endsWith(' · données au 31 oct. 2026')).toBe(true);
    expect(getByRole('heading', { name: 'Par besoins' })).toBeTruthy();
    const crosstab = getByTestId('segments-crosstab');
    expect([...within(crosstab).getByRole('table').querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Segment par besoins', 'Starter', 'Growth', 'Sans ARR', 'Total',
    ]);
    expect(crosstab.textContent).toContain('Besoins et valeur sont faiblement liés (V de Cramér 0,12, comptes actifs payants).');
    // Card labels are messages; the share on the card is a French percent.
    const card = within(getByTestId('segments-needs')).getAllByRole('button')[0];
    expect(card.textContent).toContain('Santé moyenne');
    expect(card.textContent).toContain('(63\u00a0%)');
  });
});

describe('in Chinese', () => {
  it('writes the header, the rule builder and the association in Chinese', async () => {
    setLang('zh-CN');
    const { getByTestId, getByRole } = await setup();
    expect(getByRole('heading', { level: 1 }).textContent).toBe('客户细分');
    const header = getByTestId('segments').querySelector('header p')!.textContent!;
    expect(header.startsWith('10 个客户 · ARR ')).toBe(true);
    expect(header.endsWith(' · 数据截至 2026年10月31日')).toBe(true);
    expect(getByTestId('rule-count').textContent?.trim()).toBe('输入规则以统计匹配的客户。');
    // Chinese sentences and list items follow each other without spaces.
    expect(getByTestId('segments-crosstab').querySelector('.note')?.textContent?.trim()).toBe(
      '需求与价值弱相关（克莱姆 V 系数 0.12，基于活跃付费客户）。调整兰德指数 0.01（1 表示分组完全相同）。将鼠标悬停在单元格上可查看其 ARR。',
    );
    expect(getByRole('heading', { name: '规则细分' }).nextElementSibling?.textContent).toBe(
      '可使用任何客户属性：arr > 50000 and breadth < 0.5、region in ("EMEA", "APAC")、share.reporting > 0.6。文本不区分大小写；缺失的属性只匹配 is missing。',
    );
    expect(associationText(0.55)).toBe('需求与价值强相关（克莱姆 V 系数 0.55，基于活跃付费客户）。');
    expect(associationText(null)).toBe('活跃付费客户太少，无法比较这两种视角。');
  });
});
