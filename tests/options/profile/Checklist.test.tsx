// @vitest-environment happy-dom
/**
 * The profile checklist answered faster than the log comes back (one select after another, as the
 * welcome page invites): every answer is kept, even when the log's echo of an earlier answer arrives
 * between two later ones. The fake store below applies each patch when the test says it lands, then
 * renders the page with what the store holds, as the options page does after each write.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { type Settings, SettingsSchema } from '../../../src/core/model';
import { Checklist } from '../../../src/options/profile/Checklist';

afterEach(cleanup);

function setUp() {
  let stored = SettingsSchema.parse({});
  const waiting: (() => void)[] = [];
  let show: (settings: Settings) => void = () => undefined;
  function Page() {
    const [settings, setSettings] = useState(stored);
    show = setSettings;
    const onPatch = (patch: Partial<Settings>) =>
      new Promise<void>((resolve) =>
        waiting.push(() => {
          stored = { ...stored, ...patch };
          show(stored);
          resolve();
        }),
      );
    return <Checklist settings={settings} onPatch={onPatch} />;
  }
  render(<Page />);
  const answer = (label: RegExp, value: string) =>
    fireEvent.change(screen.getByRole('combobox', { name: label }), { target: { value } });
  /** The oldest write still on its way reaches the store, and the page shows the store. */
  const land = () =>
    act(async () => {
      waiting.shift()?.();
    });
  /** Something else writes the profile (the own-profile reader on LinkedIn), and the page shows it. */
  const storeChanges = (profile: Partial<Settings['profile']>) =>
    act(async () => {
      stored = { ...stored, profile: { ...stored.profile, ...profile } };
      show(stored);
    });
  return { answer, land, storeChanges, stored: () => stored.profile };
}

describe('the profile checklist answered quickly', () => {
  it('keeps every answer when an earlier write comes back between two later answers', async () => {
    const { answer, land, stored } = setUp();
    answer(/^A profile photo/, 'true');
    answer(/^A headline/, 'true');
    await land(); // the photo is stored; the page now shows the store: the headline not yet
    answer(/^Your current role/, 'true');
    answer(/^An About section/, 'false');
    await land();
    await land();
    await land();
    expect(stored()).toMatchObject({ photo: true, headline: true, currentRole: true, about: false });
  });

  it('builds on a change the store made meanwhile (the own profile read on LinkedIn)', async () => {
    const { answer, land, storeChanges, stored } = setUp();
    answer(/^A profile photo/, 'true');
    await land();
    await storeChanges({ headline: true });
    expect((screen.getByRole('combobox', { name: /^A headline/ }) as HTMLSelectElement).value).toBe('true');
    answer(/^An About section/, 'true');
    await land();
    expect(stored()).toMatchObject({ photo: true, headline: true, currentRole: 'unknown', about: true });
  });
});
