// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkedInAccess } from '../../src/options/welcome/LinkedInAccess';
import { installChrome } from '../ui/popup/fake-chrome';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
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
    const { chrome } = installChrome(world(true));
    render(<LinkedInAccess />);
    await vi.waitFor(() => expect(chrome.permissions.contains).toHaveBeenCalled());
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for www.linkedin.com only, from the click, and says to reload the tabs already open', async () => {
    const { chrome } = installChrome(world(false, true));
    render(<LinkedInAccess />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on LinkedIn' }));
    expect(chrome.permissions.request).toHaveBeenCalledWith({ origins: ['https://www.linkedin.com/*'] });
    expect((await screen.findByRole('status')).textContent).toMatch(/Allowed\. Reload any LinkedIn tab/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('keeps the button and says so when the person says no', async () => {
    installChrome(world(false, false));
    render(<LinkedInAccess compact />);
    fireEvent.click(await screen.findByRole('button', { name: 'Allow on LinkedIn' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Not allowed this time/);
    expect(screen.getByRole('button', { name: 'Allow on LinkedIn' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Access to LinkedIn' }).textContent).toMatch(
      /can’t see LinkedIn pages yet/,
    );
  });
});
