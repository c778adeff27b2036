// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Interview } from '../../../src/core/model';
import type { Message } from '../../../src/messages';
import { emptyDraft } from '../../../src/options/form-state';
import { InterviewForm } from '../../../src/options/interviews/InterviewForm';
import { StatusProvider } from '../../../src/options/status';
import { installWorld } from '../../support/extension';
import { useFakeStore } from '../../support/fake-store';
import { OWN_PAGE } from '../../support/senders';

vi.mock('webextension-polyfill', () => import('../../support/polyfill'));
vi.mock('../../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

/** The real background on the in-memory browser; every message the page sent is kept. */
let sent: Message[] = [];
beforeEach(async () => {
  sent = (await installWorld({ url: null, status: null }, OWN_PAGE)).toBackground;
});
afterEach(() => {
  cleanup();
});

let ids = 0;
const newId = () => `id-${++ids}`;

function renderForm(onSaved = vi.fn()) {
  render(
    <StatusProvider>
      <InterviewForm
        initial={emptyDraft(newId)}
        stored={null}
        isNew
        newId={newId}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />
    </StatusProvider>,
  );
  return onSaved;
}

const type = (label: string, value: string, index = 0) =>
  fireEvent.input(screen.getAllByLabelText(label)[index]!, { target: { value } });
const describedBy = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('the interview form', () => {
  it('puts each message next to its field, marks the field invalid, focuses the first, and sends nothing', async () => {
    renderForm();
    type('Name', 'Priya');
    type('LinkedIn profile', 'https://www.linkedin.com/company/contoso/');
    fireEvent.submit(screen.getByRole('button', { name: 'Save interview' }).closest('form')!);
    const company = screen.getByLabelText('Company');
    await waitFor(() => expect(document.activeElement).toBe(company));
    expect(company.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(company)).toContain('Enter the company.');
    expect(describedBy(screen.getByLabelText('LinkedIn profile'))).toMatch(
      /isn't a LinkedIn profile address/,
    );
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('tidies a pasted profile address once the field is left', () => {
    renderForm();
    const url = screen.getByLabelText('LinkedIn profile') as HTMLInputElement;
    type('LinkedIn profile', 'de.linkedin.com/in/Priya-Natarajan?trk=public_profile');
    fireEvent.blur(url);
    expect(url.value).toBe('https://www.linkedin.com/in/priya-natarajan/');
  });

  it('adds a row for another interviewer and moves focus to its name', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add an interviewer' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getAllByLabelText('Name')[1]));
    expect(screen.getByRole('group', { name: 'Interviewer 2' })).toBeTruthy();
  });

  it('saves a complete interview through the background, with both interviewers', async () => {
    const onSaved = renderForm();
    type('Company', 'Contoso Health');
    type('Job title you interviewed for', 'Product Manager');
    type('Date and time of the interview', '2026-03-09T14:00');
    type('Name', 'Priya Natarajan');
    fireEvent.click(screen.getByRole('button', { name: 'Add an interviewer' }));
    type('Name', 'Sam Okafor', 1);
    fireEvent.submit(screen.getByRole('button', { name: 'Save interview' }).closest('form')!);
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toHaveLength(1);
    const put = sent[0];
    expect(put?.type).toBe('interview/put');
    expect(
      put?.type === 'interview/put' && (put.interview as Interview).interviewers.map((p) => p.name),
    ).toEqual(['Priya Natarajan', 'Sam Okafor']);
    expect(screen.getByRole('status').textContent).toContain('Saved: Product Manager at Contoso Health.');
  });
});
