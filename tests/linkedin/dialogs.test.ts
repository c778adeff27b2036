// @vitest-environment happy-dom
import { afterAll, describe, expect, test } from 'vitest';
import { findInvitation, findNoteBox, noteDialogRoots, openDialog } from '../../src/linkedin';
import { addNoteButton, closeAll, open } from './pages';

afterAll(closeAll);

/** The page's own outlet root: the open shadow root of #interop-outlet (2026), or Ember's light outlet. */
const outletOf = (document: Document): Element | ShadowRoot => {
  const host = document.querySelector('#interop-outlet') ?? document.querySelector('#artdeco-modal-outlet')!;
  return host.shadowRoot ?? host;
};

/** Goes as a person would: Connect, then (if `note`) "Add a note". The test clicks; the code never does. */
function openInvite(file: string, note: boolean) {
  const page = open(file, { run: true });
  page.document
    .querySelector<HTMLElement>(
      '#profile a[href*="/preload/custom-invite/"], #profile button:has(svg[data-test-icon="connect-small"])',
    )!
    .click();
  if (note) addNoteButton(outletOf(page.document))!.click();
  return page;
}

describe('noteDialogRoots: the outlets, not the whole page', () => {
  test.each([
    ['sdui-connect.html'], // the open shadow root of #interop-outlet
    ['ember-connect.html'], // #artdeco-modal-outlet itself, in the light DOM
  ])('%s: just its outlet', (file) => {
    const { document } = open(file, { run: true });
    expect(noteDialogRoots(document)).toEqual([outletOf(document)]);
    expect(noteDialogRoots(document)).not.toContain(document);
  });

  test('where LinkedIn renamed its outlets: the open shadow roots under <body>, never ours', () => {
    const { document } = open('sdui-connect.html', { run: true });
    // Ours: a plain <div> with a closed root, as src/content/dom.ts makes it.
    const ours = document.createElement('div');
    ours.attachShadow({ mode: 'closed' });
    document.body.append(ours);
    const theirs = document.createElement('div');
    const renamed = theirs.attachShadow({ mode: 'open' });
    document.body.append(theirs);
    // While the known outlet is there, nothing else is looked at.
    expect(noteDialogRoots(document)).toEqual([outletOf(document)]);
    const outletRoot = outletOf(document);
    document.querySelector('#interop-outlet')!.id = 'interop-outlet-2027';
    expect(noteDialogRoots(document)).toEqual([outletRoot, renamed]);
  });

  test('a dialog elsewhere on the page is not LinkedIn’s invitation', () => {
    const { document } = open('ember-connect.html', { run: true });
    const elsewhere = document.createElement('div');
    elsewhere.setAttribute('role', 'dialog');
    elsewhere.append(Object.assign(document.createElement('textarea'), { id: 'custom-message' }));
    document.querySelector('main')!.append(elsewhere);
    expect(openDialog(document)).toBeNull();
    expect(findNoteBox(document)).toBeNull();
  });
});

describe('openDialog: where the note bar goes when there is no note box', () => {
  test.each([
    // page, step, what the open dialog is, its root's role (the 2026 gate is an alertdialog)
    ['sdui-connect.html', false, 'gate', 'alertdialog'],
    ['ember-connect.html', false, 'gate', 'dialog'],
    ['sdui-fr-connect.html', false, 'gate', null], // aria-modal="true" and no role
    ['sdui-notes-used-up.html', true, 'upsell', 'alertdialog'],
    ['ember-notes-used-up.html', true, 'upsell', 'dialog'],
  ] as const)('%s: %s', (file, note, step, role) => {
    const { document } = openInvite(file, note);
    const dialog = openDialog(document);
    expect(dialog?.getAttribute('role') ?? null).toBe(role);
    expect(outletOf(document).contains(dialog)).toBe(true);
    expect(findInvitation(document)).toMatchObject({ dialog, step });
  });

  test('none while no dialog is open', () => {
    for (const file of ['sdui-connect.html', 'ember-connect.html'])
      expect(openDialog(open(file, { run: true }).document)).toBeNull();
  });
});
