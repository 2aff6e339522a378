import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Kpi from './Kpi.svelte';

function delta(container: HTMLElement): HTMLElement {
  return container.querySelector<HTMLElement>('.delta')!;
}

describe('Kpi', () => {
  it.each([
    { direction: 'up', upIsGood: true, tone: 'good', spoken: '(increase, good)' },
    { direction: 'up', upIsGood: false, tone: 'bad', spoken: '(increase, bad)' },
    { direction: 'down', upIsGood: true, tone: 'bad', spoken: '(decrease, bad)' },
    { direction: 'down', upIsGood: false, tone: 'good', spoken: '(decrease, good)' },
    { direction: 'flat', upIsGood: true, tone: 'neutral', spoken: '(no change)' },
    { direction: 'flat', upIsGood: false, tone: 'neutral', spoken: '(no change)' },
  ] as const)('$direction with upIsGood=$upIsGood is $tone', ({ direction, upIsGood, tone, spoken }) => {
    const { container } = render(Kpi, { label: 'Churn', value: '2.1%', delta: '0.4 pt', direction, upIsGood });
    const el = delta(container);
    expect(el.classList.contains(`tone-${tone}`)).toBe(true);
    expect(el.className.match(/tone-\w+/g)).toEqual([`tone-${tone}`]);
    expect(el.querySelector('.sr-only')?.textContent).toBe(spoken);
  });

  it('is a group named by its label, with value, delta and hint as text', () => {
    const { container, getByRole } = render(Kpi, {
      label: 'MRR',
      value: '€1.24M',
      delta: '+4.2% vs Q2',
      direction: 'up',
      hint: 'Active subscriptions on the last day',
    });
    const group = getByRole('group', { name: 'MRR' });
    expect(group.querySelector('.value')?.textContent).toBe('€1.24M');
    expect(delta(container).textContent).toContain('+4.2% vs Q2');
    expect(container.querySelector('.hint')?.textContent).toBe('Active subscriptions on the last day');
    expect(container.querySelector('.arrow')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows no delta line without a delta', () => {
    const { container } = render(Kpi, { label: 'Accounts', value: '214' });
    expect(container.querySelector('.delta')).toBeNull();
  });
});
