import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, within } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import TabsHarness from './testing/TabsHarness.svelte';
import SideNav from './SideNav.svelte';
import ProgressBar from './ProgressBar.svelte';
import EmptyState from './EmptyState.svelte';
import Badge from './Badge.svelte';

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'usage', label: 'Usage', badge: 3 },
  { id: 'tickets', label: 'Tickets', disabled: true },
  { id: 'nps', label: 'NPS' },
];

describe('Tabs', () => {
  it('moves selection and focus with arrows, skipping disabled tabs and wrapping', async () => {
    const onchange = vi.fn();
    const { getAllByRole, getByRole, getByTestId } = render(TabsHarness, { tabs: TABS, initial: 'usage', onchange });
    const tabs = getAllByRole('tab');
    const selected = () => tabs.filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent?.trim());
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1, -1]);

    await fireEvent.keyDown(tabs[1], { key: 'ArrowRight' }); // skips disabled Tickets
    expect(selected()).toEqual(['NPS']);
    expect(document.activeElement).toBe(tabs[3]);
    expect(getByRole('tabpanel').textContent?.trim()).toBe('panel nps');
    expect(getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs[3].id);
    expect(getByTestId('bound').textContent).toBe('nps');

    await fireEvent.keyDown(tabs[3], { key: 'ArrowRight' }); // wraps
    expect(selected()).toEqual(['Overview']);
    await fireEvent.keyDown(tabs[0], { key: 'ArrowLeft' }); // wraps back
    expect(selected()).toEqual(['NPS']);
    await fireEvent.keyDown(tabs[3], { key: 'Home' });
    expect(selected()).toEqual(['Overview']);
    expect(onchange.mock.calls.map((c) => c[0])).toEqual(['nps', 'overview', 'nps', 'overview']);
  });
});

describe('SideNav', () => {
  const items = [
    { id: 'accounts', label: 'Accounts', icon: '🏢', badge: 214 },
    { id: 'renewals', label: 'Renewals' },
  ];

  it('marks the current item and reports a selection', async () => {
    const onselect = vi.fn();
    const { getByRole } = render(SideNav, { items, active: 'accounts', onselect });
    const accounts = getByRole('button', { name: /Accounts/ });
    const renewals = getByRole('button', { name: 'Renewals' });
    expect(accounts.getAttribute('aria-current')).toBe('page');
    expect(renewals.hasAttribute('aria-current')).toBe(false);

    await fireEvent.click(renewals);
    expect(onselect).toHaveBeenCalledWith('renewals');
    expect(renewals.getAttribute('aria-current')).toBe('page');
    expect(accounts.hasAttribute('aria-current')).toBe(false);
  });

  it('moves focus with ArrowDown/ArrowUp', async () => {
    const { getAllByRole } = render(SideNav, { items, active: 'accounts' });
    const [first, second] = getAllByRole('button');
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    await fireEvent.keyDown(second, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(first);
  });
});

describe('ProgressBar', () => {
  it('reports a determinate value as percent and sizes the fill', () => {
    const { getByRole, container } = render(ProgressBar, { value: 0.424, label: 'Importing accounts.csv' });
    const bar = getByRole('progressbar', { name: 'Importing accounts.csv' });
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(bar.getAttribute('aria-valuetext')).toBe('42%');
    expect(container.querySelector<HTMLElement>('.fill')!.style.width).toBe('42%');
  });

  it('clamps out-of-range values', () => {
    const { getByRole } = render(ProgressBar, { value: 1.7, label: 'x' });
    expect(getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });

  it('is indeterminate without a value, and offers Cancel only with oncancel', async () => {
    const oncancel = vi.fn();
    const { getByRole, container, queryByRole } = render(ProgressBar, { label: 'Rendering deck', oncancel });
    const bar = getByRole('progressbar');
    expect(bar.hasAttribute('aria-valuenow')).toBe(false);
    expect(container.querySelector('.fill.indeterminate')).not.toBeNull();
    await fireEvent.click(getByRole('button', { name: 'Cancel' }));
    expect(oncancel).toHaveBeenCalledTimes(1);

    const other = render(ProgressBar, { label: 'No cancel', value: 0.1 });
    expect(within(other.container).queryByRole('button')).toBeNull();
    expect(queryByRole('button', { name: 'Cancel' })).not.toBeNull();
  });
});

describe('EmptyState and Badge', () => {
  it('shows title, body and the action button only when it can act', async () => {
    const onaction = vi.fn();
    const { getByRole, getByText } = render(EmptyState, {
      title: 'No accounts yet',
      body: 'Import a CSV export from your CRM.',
      actionLabel: 'Import accounts',
      onaction,
    });
    expect(getByText('No accounts yet')).toBeTruthy();
    await fireEvent.click(getByRole('button', { name: 'Import accounts' }));
    expect(onaction).toHaveBeenCalledTimes(1);

    const bare = render(EmptyState, { title: 'Nothing', actionLabel: 'Do it' });
    expect(within(bare.container).queryByRole('button')).toBeNull();
  });

  it('gives a badge its tone class', () => {
    const children = createRawSnippet(() => ({ render: () => '<span>At risk</span>' }));
    const { container } = render(Badge, { tone: 'caution', children });
    const badge = container.querySelector('.badge')!;
    expect(badge.classList.contains('tone-caution')).toBe(true);
    expect(badge.textContent).toBe('At risk');
  });
});
