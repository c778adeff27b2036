// @vitest-environment happy-dom
/**
 * Removing an interviewer is undoable from the status line, and the Undo is merged by revision: an
 * invitation recorded on LinkedIn after the save is kept when the removed interviewer comes back.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../../src/background/handlers';
import { Interviews } from '../../../src/options/interviews/Interviews';
import { StatusProvider } from '../../../src/options/status';
import { readAll } from '../../../src/storage/store';
import { installWorld } from '../../support/extension';
import { sampleInterview, useFakeStore } from '../../support/fake-store';
import { LINKEDIN_TAB, OWN_PAGE } from '../../support/senders';

vi.mock('webextension-polyfill', () => import('../../support/polyfill'));
vi.mock('../../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

beforeEach(async () => {
  await installWorld({ url: null, status: null }, OWN_PAGE);
});
afterEach(() => {
  cleanup();
});

describe('removing an interviewer', () => {
  it('is undone from the status line, keeping an invitation recorded after the save', async () => {
    await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
    const state = await readAll();
    render(
      <StatusProvider>
        <Interviews
          state={state}
          route={{ section: 'interviews', edit: { id: 'iv-1' } }}
          now={new Date()}
          reload={async () => {}}
        />
      </StatusProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Interviewer 2' }));
    fireEvent.submit(screen.getByRole('button', { name: 'Save changes' }).closest('form')!);
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status').textContent).toContain('Removed Tomás Ruiz.');
    expect((await readAll()).interviews[0]?.interviewers.map((p) => p.id)).toEqual(['p-1']);

    await handle(
      { type: 'page/invite-sent', slug: 'priya-natarajan', note: '', at: '2026-03-10T12:00:00.000Z' },
      LINKEDIN_TAB,
    );
    fireEvent.click(undo);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Undone'));
    const [after] = (await readAll()).interviews;
    expect(after?.interviewers.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(after?.interviewers[0]?.invite.state).toBe('sent');
  });
});
