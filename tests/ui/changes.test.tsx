// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../src/messages';
import { ChangeLine, useChanges } from '../../src/ui/changes';
import { ask } from '../../src/ui/client';

vi.mock('../../src/ui/client', () => ({ ask: vi.fn() }));
afterEach(() => {
  cleanup();
  vi.mocked(ask).mockReset();
});

const snooze: Message = { type: 'state/get' };
const change = { said: 'Snoozed until Thursday 3 December, 09:00.', apply: [snooze], undo: [snooze] };

/** A row's action and the view's confirmation line, with a reload the test finishes when it wants. */
function View({ reload }: { reload: () => Promise<void> }) {
  const changes = useChanges(reload);
  return (
    <>
      <button type="button" onClick={() => changes.run(change)}>
        Tomorrow
      </button>
      <ChangeLine changes={changes} />
    </>
  );
}

function deferred() {
  let done = () => {};
  const promise = new Promise<void>((resolve) => {
    done = resolve;
  });
  return { promise, done };
}

describe('the confirmation line after a change', () => {
  it('speaks only once the view has reloaded to show the change', async () => {
    vi.mocked(ask).mockResolvedValue({ ok: true } as never);
    const reloaded = deferred();
    const reload = vi.fn(() => reloaded.promise);
    render(<View reload={reload} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tomorrow' }));
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    // Saved, but the view still shows the row: nothing is said yet.
    expect(screen.getByRole('status').textContent).toBe('');
    reloaded.done();
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe(`${change.said} Undo`));
  });

  it('says what was refused, after reloading, and offers no Undo', async () => {
    vi.mocked(ask).mockResolvedValue({ ok: false, error: 'The log is full.' } as never);
    render(<View reload={() => Promise.resolve()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Tomorrow' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('That wasn’t saved: The log is full.'),
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
