// @vitest-environment happy-dom
/**
 * The options form against the real background (handle() on the in-memory browser): a form left open while
 * LinkedIn records a Send keeps that invitation when saved; a form whose field was changed elsewhere shows
 * the conflict and keeps what the person typed.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../../src/background/handlers';
import { draftOf } from '../../../src/options/form-state';
import { InterviewForm } from '../../../src/options/interviews/InterviewForm';
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

async function openForm(onSaved = vi.fn()) {
  await handle({ type: 'interview/put', interview: sampleInterview(), base: null }, OWN_PAGE);
  const stored = (await readAll()).interviews[0]!;
  render(
    <StatusProvider>
      <InterviewForm
        initial={draftOf(stored)}
        stored={stored}
        isNew={false}
        newId={() => 'new-id'}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />
    </StatusProvider>,
  );
  return onSaved;
}
const save = () => fireEvent.submit(screen.getByRole('button', { name: 'Save changes' }).closest('form')!);
const sendOnLinkedIn = () =>
  handle(
    { type: 'page/invite-sent', slug: 'priya-natarajan', note: 'Hi Priya', at: '2026-03-10T12:00:00.000Z' },
    LINKEDIN_TAB,
  );

describe('the options form and changes made elsewhere while it is open', () => {
  it('a Send recorded on LinkedIn while the form is open survives the save', async () => {
    const onSaved = await openForm();
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Contoso Health Group' } });
    await sendOnLinkedIn();
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [saved] = (await readAll()).interviews;
    expect(saved?.company).toBe('Contoso Health Group');
    expect(saved?.interviewers[0]?.invite).toEqual({
      state: 'sent',
      at: '2026-03-10T12:00:00.000Z',
      note: 'Hi Priya',
    });
  });

  it('a field changed elsewhere too: the form shows what changed, keeps the typing, and saves on the second try', async () => {
    const onSaved = await openForm();
    const seen = (await readAll()).interviews[0]!;
    await handle({ type: 'interview/put', interview: { ...seen, company: 'Globex' }, base: seen }, OWN_PAGE);
    fireEvent.input(screen.getByLabelText('Company'), { target: { value: 'Initech' } });
    save();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /the company is now “Globex” \(yours: “Initech”\)/,
      ),
    );
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('Initech');
    expect(onSaved).not.toHaveBeenCalled();
    expect((await readAll()).interviews[0]?.company).toBe('Globex');
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect((await readAll()).interviews[0]?.company).toBe('Initech');
  });
});
