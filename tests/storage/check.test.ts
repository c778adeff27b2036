import { describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { checkLines } from '../../src/options/settings/LinkedInCheck';
import { exportBackup } from '../../src/storage/backup';
import { CHECK_KEY, parseCheck, readCheck, recordFailure, recordRead } from '../../src/storage/check';
import { readAll } from '../../src/storage/store';
import { NOW, seed, stored, useFakeStore } from '../support/fake-store';
import { LINKEDIN_TAB, OWN_PAGE } from '../support/senders';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));
useFakeStore();

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('the LinkedIn check', () => {
  it('starts empty: nothing read yet, no failure', async () => {
    expect(await readCheck()).toEqual({ read: {}, failure: null });
    expect(checkLines(await readCheck())).toEqual([
      'LinkedIn’s 2026 layout: not seen yet.',
      'LinkedIn’s 2021–2025 layout: not seen yet.',
    ]);
  });

  it('notes the last correct reading per layout and how the card was found', async () => {
    await recordRead('sdui', 'structure', NOW);
    await recordRead('ember', 'name', later(1));
    const check = await readCheck();
    expect(check.read).toEqual({
      sdui: { at: NOW.toISOString(), found: 'structure' },
      ember: { at: later(1).toISOString(), found: 'name' },
    });
    expect(checkLines(check)[1]).toMatch(/found by the person’s name/);
  });

  it('does not write again for the same reading minutes later, but does after a while', async () => {
    await recordRead('sdui', 'structure', NOW);
    await recordRead('sdui', 'structure', later(3));
    expect((await readCheck()).read.sdui?.at).toBe(NOW.toISOString());
    await recordRead('sdui', 'structure', later(30));
    expect((await readCheck()).read.sdui?.at).toBe(later(30).toISOString());
  });

  it('keeps the latest page that could not be read', async () => {
    await recordFailure('sdui', 'no-top-card', NOW);
    await recordFailure('unknown', 'layout-unknown', later(5));
    expect((await readCheck()).failure).toEqual({
      at: later(5).toISOString(),
      layout: 'unknown',
      what: 'layout-unknown',
    });
  });

  it('reads a damaged value as nothing seen, and never touches the log or the backup', async () => {
    await seed({ [CHECK_KEY]: { read: { sdui: { at: 'yesterday', found: 'magic' } }, failure: 42 } });
    expect(await readCheck()).toEqual({ read: {}, failure: null });
    expect(parseCheck('{"read"')).toEqual({ read: {}, failure: null });
    const state = await readAll();
    expect(state.quarantine).toEqual([]);
    expect(JSON.stringify(await exportBackup())).not.toContain(CHECK_KEY);
    expect((await stored())[CHECK_KEY]).toBeDefined();
  });

  it('is answered to the options page and recorded from a LinkedIn page', async () => {
    expect(
      await handle({ type: 'page/unreadable', layout: 'sdui', what: 'no-note-box' }, LINKEDIN_TAB),
    ).toEqual({
      ok: true,
    });
    const reply = await handle({ type: 'check/get' }, OWN_PAGE);
    expect(reply).toMatchObject({ ok: true, check: { failure: { what: 'no-note-box', layout: 'sdui' } } });
  });
});
