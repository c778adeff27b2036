// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkedInAccess } from '../../src/ui/LinkedInAccess';
import { installWorld } from '../support/extension';
import { useFakeStore } from '../support/fake-store';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();
afterEach(() => {
  cleanup();
});

const world = (linkedInAccess: boolean, grants = false) => ({
  url: null,
  status: null,
  state: null,
  linkedInAccess,
  grants,
});

describe('asking for access to LinkedIn', () => {
  it('shows nothing while access is granted', async () => {
    await installWorld(world(true));
    render(<LinkedInAccess />);
    await vi.waitFor(() => expect(fakeBrowser.permissions.contains).toHaveBeenCalled());
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for www.linkedin.com only, from the click, and says to reload the tabs already open', async () => {
    await installWorld(world(false, true));
    render(<LinkedInAccess />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on LinkedIn' }));
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://www.linkedin.com/*'] });
    expect((await screen.findByRole('status')).textContent).toMatch(/Allowed\. Reload any LinkedIn tab/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps the button and says so when the person says no', async () => {
    await installWorld(world(false, false));
    render(<LinkedInAccess compact />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on LinkedIn' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Not allowed this time/);
    expect(screen.getByRole('button', { name: 'Allow on LinkedIn' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Access to LinkedIn' }).textContent).toMatch(
      /can’t see LinkedIn pages yet/,
    );
  });
});
