// @vitest-environment happy-dom
/** Replace-import removes interviews, so it is typed-confirmed like Erase; merge stays one click. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handle } from '../../../src/background/handlers';
import type { Message } from '../../../src/messages';
import { Import } from '../../../src/options/backup/Import';
import { StatusProvider } from '../../../src/options/status';
import { exportBackup } from '../../../src/storage/backup';
import { installWorld } from '../../support/extension';
import { sampleInterview, useFakeStore } from '../../support/fake-store';
import { OWN_PAGE } from '../../support/senders';

vi.mock('webextension-polyfill', () => import('../../support/polyfill'));
vi.mock('../../../src/background/reminders', () => ({ onLogChanged: () => undefined }));
useFakeStore();

/** The real background, holding two interviews; the file holds a third. */
let sent: Message[] = [];
let file = '';
beforeEach(async () => {
  const backup = await exportBackup();
  file = JSON.stringify({ ...backup, interviews: [sampleInterview({ id: 'iv-file' })] });
  for (const id of ['iv-a', 'iv-b'])
    await handle({ type: 'interview/put', interview: sampleInterview({ id }), base: null }, OWN_PAGE);
  sent = (await installWorld({ url: null, status: null }, OWN_PAGE)).toBackground;
});
afterEach(() => {
  cleanup();
});

async function chooseFile(mode: RegExp) {
  render(
    <StatusProvider>
      <Import onImported={vi.fn()} />
    </StatusProvider>,
  );
  fireEvent.click(screen.getByLabelText(mode));
  const input = screen.getByLabelText('Choose a backup file to import') as HTMLInputElement;
  const chosen = new File([file], 'backup.json');
  Object.defineProperty(input, 'files', { value: [chosen], configurable: true });
  fireEvent.change(input);
  // What the background's preview says: replace removes both stored interviews, merge keeps them.
  await screen.findByText(mode.source === '^Replace' ? '2 interviews removed' : '0 interviews removed');
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
