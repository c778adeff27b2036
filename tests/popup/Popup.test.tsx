// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../src/background/handlers';
import { draftNote } from '../../src/core/notes/draft';
import { loadPopup } from '../../src/popup/load';
import { Popup, RENDERED_MARK } from '../../src/popup/Popup';
import type { PageAnswer } from '../../src/replies';
import { readAll } from '../../src/storage/store';
import { installWorld } from '../support/extension';
import { useFakeStore } from '../support/fake-store';
import { OWN_PAGE, POPUP } from '../support/senders';
import { contoso, reading, state } from './log';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));

const PRIYA_URL = 'https://www.linkedin.com/in/priya-natarajan/';
// Thursday 13 March 2026, 10:00 here: four days after Contoso's interview, the window is open.
const NOW = new Date(2026, 2, 13, 10);
useFakeStore(NOW);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  history.replaceState(null, '', '/popup.html?tab=7');
  performance.clearMarks();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const heading = () => screen.findByRole('heading', { level: 1 });
const priyaReading = reading({ slug: 'priya-natarajan', name: 'Priya Natarajan', company: 'Contoso Health' });

describe('on a logged interviewer’s profile', () => {
  it('shows the verdict, the window and a draft, then marks the first render', async () => {
    await installWorld(
      {
        url: PRIYA_URL,
        status: { reading: priyaReading, noteBox: null },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Priya Natarajan');
    expect(document.querySelector('.verdict-badge')?.textContent).toBe('Send now');
    // The window is a detail: behind a disclosure, under the decision and its note.
    expect(screen.getByText('Your window').closest('details')).toBeTruthy();
    const draft = draftNote({
      interview: contoso,
      interviewerId: 'priya',
      settings: state([]).settings,
      now: NOW,
    });
    expect((screen.getByLabelText('Note to Priya Natarajan') as HTMLTextAreaElement).value).toBe(draft);
    expect(screen.getByText(`${draft.length} / 200 characters`)).toBeTruthy();
    await waitFor(() => expect(performance.getEntriesByName(RENDERED_MARK)).toHaveLength(1));
  });

  it('checks the note as it changes, saves it as the draft, and blocks Insert on an error', async () => {
    const { toBackground } = await installWorld(
      {
        url: PRIYA_URL,
        status: { reading: priyaReading, noteBox: { limit: 200, remaining: null } },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    const note = (await screen.findByLabelText('Note to Priya Natarajan')) as HTMLTextAreaElement;
    const insert = screen.getByRole('button', { name: 'Insert into LinkedIn' }) as HTMLButtonElement;
    await waitFor(() => expect(insert.disabled).toBe(false));
    fireEvent.input(note, { target: { value: 'Hi Priya, any news on my application?' } });
    await waitFor(() => expect(document.querySelector('.finding-error')).toBeTruthy(), { timeout: 5000 });
    expect(insert.disabled).toBe(true);
    await waitFor(
      () =>
        expect(toBackground).toContainEqual({
          type: 'interviewer/patch',
          interviewId: 'iv-contoso',
          interviewerId: 'priya',
          patch: { draft: 'Hi Priya, any news on my application?' },
        }),
      { timeout: 2000 },
    );
  });

  it('checks the note at once while the dictionary loads, then adds the spelling', async () => {
    await installWorld(
      {
        url: PRIYA_URL,
        status: { reading: priyaReading, noteBox: null },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    const note = (await screen.findByLabelText('Note to Priya Natarajan')) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Hi Priya, any news on my aplication?' } });
    await waitFor(() => expect(document.querySelector('.finding-error')).toBeTruthy(), { timeout: 5000 });
    await waitFor(() => expect(screen.getByText(/"aplication" may be misspelt/)).toBeTruthy(), {
      timeout: 10_000,
    });
    fireEvent.input(note, { target: { value: 'Hi Priya, thank you for the talk about the application.' } });
    await waitFor(() => expect(screen.queryByText(/may be misspelt/)).toBeNull(), { timeout: 5000 });
    // No worker in this DOM: the dictionary parses on the page, which takes seconds when the cores are busy.
  }, 30_000);

  it('inserts the note into LinkedIn’s open box through the page script', async () => {
    const { toTab } = await installWorld(
      {
        url: PRIYA_URL,
        status: { reading: priyaReading, noteBox: { limit: 300, remaining: 4 } },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    const note = (await screen.findByLabelText('Note to Priya Natarajan')) as HTMLTextAreaElement;
    const insert = screen.getByRole('button', { name: 'Insert into LinkedIn' }) as HTMLButtonElement;
    await waitFor(() => expect(insert.disabled).toBe(false), { timeout: 5000 });
    fireEvent.click(insert);
    await screen.findByText(/Your note is in LinkedIn’s box/);
    expect(toTab).toContainEqual({ type: 'tab/insert-note', text: note.value });
  });

  it.each([
    ['other', /Nothing inserted: the invitation open on LinkedIn is for someone else, not Priya Natarajan\./],
    [
      'closed',
      /Nothing inserted: no invitation is open on LinkedIn\. Press Connect on Priya Natarajan’s profile/,
    ],
    ['unsure', /Nothing inserted: Connect Coach can’t tell whose invitation is open/],
    ['step', /Nothing inserted yet: press “Add a note” in LinkedIn’s invitation, then Insert again\./],
  ])('says why when the page refuses Insert (%s)', async (why, said) => {
    await installWorld(
      {
        url: PRIYA_URL,
        status: { reading: priyaReading, noteBox: { limit: 300, remaining: 4 } },
        state: state([contoso]),
        insert: { ok: false, why },
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    await screen.findByLabelText('Note to Priya Natarajan');
    const insert = screen.getByRole('button', { name: 'Insert into LinkedIn' }) as HTMLButtonElement;
    await waitFor(() => expect(insert.disabled).toBe(false), { timeout: 5000 });
    fireEvent.click(insert);
    expect((await screen.findByText(said)).getAttribute('role')).toBe('status');
    expect(screen.queryByText(/Your note is in LinkedIn’s box/)).toBeNull();
  });

  it('asks before linking a person found by name and company', async () => {
    const { toBackground } = await installWorld(
      {
        url: 'https://www.linkedin.com/in/dana-w/',
        status: {
          reading: reading({ slug: 'dana-w', name: 'Dana Whitfield', company: 'Contoso Health' }),
          noteBox: null,
        },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Dana Whitfield');
    screen.getByText('Is this the Dana Whitfield you met at Contoso Health?');
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(toBackground).toContainEqual({
        type: 'interviewer/patch',
        interviewId: 'iv-contoso',
        interviewerId: 'dana',
        patch: { profileUrl: 'https://www.linkedin.com/in/dana-w/' },
      }),
    );
  });

  it('still shows the person from the log when the page could not be read, quietly saying so', async () => {
    await installWorld(
      { url: PRIYA_URL, status: { reading: null, noteBox: null }, state: state([contoso]) },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Priya Natarajan');
    expect(screen.getByText(/LinkedIn’s page couldn’t be read just now/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
  });
});

describe('text from the log and from LinkedIn is shown as text', () => {
  it('a 10,000-character name with markup in it stays text, and wraps', async () => {
    const hostile = `<img src=x onerror=alert(1)>${'N'.repeat(9_972)}`;
    const log = state([
      { ...contoso, role: hostile, interviewers: [{ ...contoso.interviewers[0]!, name: hostile }] },
    ]);
    await installWorld(
      { url: PRIYA_URL, status: { reading: priyaReading, noteBox: null }, state: log },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    const name = await heading();
    expect(name.textContent).toBe(hostile);
    expect(name.classList.contains('user-text')).toBe(true);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('when something is wrong', () => {
  const answer: PageAnswer = {
    interviewId: 'iv-contoso',
    interviewerId: 'priya',
    name: 'Priya Natarajan',
    company: 'Contoso Health',
    verdict: 'send',
    summary: 'Send your request now; ideally by Monday 16 March.',
    reasons: [],
    draft: 'Hi Priya, thank you for our conversation about the Product Manager role.',
    limit: 200,
    showHelper: true,
    byName: false,
  };

  it('a silent background: a calm word, and the page’s draft still there to copy', async () => {
    await installWorld(
      { url: PRIYA_URL, status: { reading: priyaReading, noteBox: null, answer }, state: null },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Priya Natarajan');
    expect(screen.getByText(/couldn’t open your log just now. Nothing is lost/)).toBeTruthy();
    expect((screen.getByLabelText('Note to Priya Natarajan') as HTMLTextAreaElement).value).toBe(
      answer.draft,
    );
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('a silent background and an unread page: says the page couldn’t be read', async () => {
    await installWorld({ url: PRIYA_URL, status: { reading: null, noteBox: null }, state: null }, POPUP);
    render(<Popup first={loadPopup(location.search)} />);
    await heading();
    expect(screen.getByText(/LinkedIn’s page couldn’t be read just now/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'All follow-ups and settings' })).toBeTruthy();
  });

  it('a tab whose script does not answer (opened before an update): says to reload the page', async () => {
    await installWorld({ url: PRIYA_URL, status: null, state: null }, POPUP);
    render(<Popup first={loadPopup(location.search)} />);
    await heading();
    expect(screen.getByText(/Connect Coach can’t see this page yet. Reload it/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'All follow-ups and settings' })).toBeTruthy();
  });

  it('a failure reply held by the page is never shown as its answer: the fallback view stays up', async () => {
    const failure = { ok: false, error: 'Storage is full.' } as unknown as PageAnswer;
    await installWorld(
      {
        url: PRIYA_URL,
        status: { reading: priyaReading, noteBox: null, answer: failure },
        state: null,
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    await heading();
    expect(screen.getByText(/LinkedIn’s page couldn’t be read just now/)).toBeTruthy();
    expect(screen.getByText(/couldn’t open your log just now. Nothing is lost/)).toBeTruthy();
  });

  it('a background that answers state/get with a failure: a calm word, never a blank popup', async () => {
    await installWorld(
      { url: PRIYA_URL, status: { reading: priyaReading, noteBox: null }, state: state([]) },
      POPUP,
    );
    // The background's storage cannot be read: its real answer to state/get is a failure.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    render(<Popup first={loadPopup(location.search)} />);
    await heading();
    expect(screen.getByText(/couldn’t open your log just now. Nothing is lost/)).toBeTruthy();
  });

  it('a page script that answers tab/status with a failure: read by the tab’s address instead', async () => {
    await installWorld({ url: PRIYA_URL, status: null, state: state([contoso]) }, POPUP);
    vi.mocked(fakeBrowser.tabs.sendMessage).mockImplementation((async () => ({
      ok: false,
      error: 'context invalidated',
    })) as never);
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Priya Natarajan');
  });

  it('a record kept aside: says so, and the rest works', async () => {
    const quarantine = [{ key: 'interview:x', reason: 'not readable', at: '2026-03-10T10:00:00Z', value: 1 }];
    await installWorld(
      {
        url: PRIYA_URL,
        status: { reading: priyaReading, noteBox: null },
        state: state([contoso], { quarantine }),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Priya Natarajan');
    expect(screen.getByText(/One saved record couldn’t be read/)).toBeTruthy();
  });
});

describe('the real background decides', () => {
  it('a write the background refuses is refused in the popup too, with its sentence', async () => {
    const { toBackground } = await installWorld(
      {
        url: 'https://www.linkedin.com/in/jordan-reyes/',
        status: {
          reading: reading({ slug: 'jordan-reyes', name: 'Jordan Reyes', company: 'Contoso Health' }),
          noteBox: null,
        },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Add to an interview');
    // Meanwhile, in another window, the interview is deleted: the popup still shows it.
    await handle({ type: 'interview/delete', id: 'iv-contoso' }, OWN_PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Add to the interview' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer in your log/);
    expect(toBackground.map((m) => m.type)).toContain('interview/put');
    expect((await readAll()).interviews).toEqual([]);
  });
});

describe('elsewhere and on new people', () => {
  it('lists what is due, with the person and what to do', async () => {
    await installWorld(
      {
        url: 'https://www.linkedin.com/feed/',
        status: { reading: null, noteBox: null },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Due now');
    const items = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.due-what')?.textContent)).toContain(
      'Connect with Priya Natarajan',
    );
    fireEvent.click(screen.getByRole('button', { name: 'All follow-ups and settings' }));
    expect(fakeBrowser.runtime.openOptionsPage).toHaveBeenCalled();
  });

  it('adds someone new to an interview', async () => {
    const { toBackground } = await installWorld(
      {
        url: 'https://www.linkedin.com/in/jordan-reyes/',
        status: {
          reading: reading({
            slug: 'jordan-reyes',
            name: 'Jordan Reyes',
            headline: 'Staff Engineer',
            company: 'Contoso Health',
          }),
          noteBox: null,
        },
        state: state([contoso]),
      },
      POPUP,
    );
    render(<Popup first={loadPopup(location.search)} />);
    expect((await heading()).textContent).toBe('Add to an interview');
    expect((screen.getByLabelText('Interview') as HTMLSelectElement).value).toBe('iv-contoso');
    fireEvent.click(screen.getByRole('button', { name: 'Add to the interview' }));
    await waitFor(() => expect(toBackground.some((m) => m.type === 'interview/put')).toBe(true));
    const put = toBackground.find((m) => m.type === 'interview/put') as unknown as {
      interview: typeof contoso;
    };
    expect(put.interview.interviewers.at(-1)).toMatchObject({
      name: 'Jordan Reyes',
      title: 'Staff Engineer',
      profileUrl: 'https://www.linkedin.com/in/jordan-reyes/',
    });
  });
});
