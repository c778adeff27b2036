// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Interview } from '../../src/core/model';
import { emptyDraft } from '../../src/options/draft';
import { InterviewForm } from '../../src/options/interviews/InterviewForm';
import { StatusProvider } from '../../src/options/status';

/** The background as the page sees it: every message is kept, every write accepted. */
const sent: { type: string; interview?: Interview }[] = [];
beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal('chrome', {
    runtime: {
      sendMessage: async (message: { type: string }) => {
        sent.push(message);
        return { ok: true };
      },
    },
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
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
    expect(sent[0]?.type).toBe('interview/put');
    expect(sent[0]?.interview?.interviewers.map((p) => p.name)).toEqual(['Priya Natarajan', 'Sam Okafor']);
    expect(screen.getByRole('status').textContent).toContain('Saved: Product Manager at Contoso Health.');
  });
});
