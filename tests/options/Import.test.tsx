// @vitest-environment happy-dom
/** Replace-import removes interviews, so it is typed-confirmed like Erase; merge stays one click. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Import } from '../../src/options/backup/Import';
import { StatusProvider } from '../../src/options/status';

const sent: { type: string }[] = [];
beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal('chrome', {
    runtime: {
      sendMessage: async (message: { type: string }) => {
        sent.push(message);
        if (message.type === 'backup/preview') {
          return { ok: true, added: 1, replaced: 0, kept: 0, removed: 2, settingsChanged: true };
        }
        return { ok: true };
      },
    },
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function chooseFile(mode: RegExp) {
  render(
    <StatusProvider>
      <Import onImported={vi.fn()} />
    </StatusProvider>,
  );
  fireEvent.click(screen.getByLabelText(mode));
  const input = screen.getByLabelText('Choose a backup file to import') as HTMLInputElement;
  const file = new File(['{"format":"connect-coach-backup","version":1}'], 'backup.json');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await screen.findByText('2 interviews removed');
}

describe('importing a backup', () => {
  it('replace waits for REPLACE to be typed before anything is imported', async () => {
    await chooseFile(/^Replace/);
    const button = screen.getByRole('button', { name: 'Import (replace)' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    fireEvent.input(screen.getByLabelText('Type REPLACE to confirm'), { target: { value: 'replac' } });
    expect(button.disabled).toBe(true);
    expect(sent.map((m) => m.type)).not.toContain('backup/import');
    fireEvent.input(screen.getByLabelText('Type REPLACE to confirm'), { target: { value: 'replace' } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await waitFor(() => expect(sent.map((m) => m.type)).toContain('backup/import'));
  });

  it('merge removes nothing and imports on one click', async () => {
    await chooseFile(/^Merge/);
    expect(screen.queryByLabelText('Type REPLACE to confirm')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import (merge)' }));
    await waitFor(() => expect(sent.map((m) => m.type)).toContain('backup/import'));
  });
});
