/**
 * Loads the fixture pages of tests/fixtures/linkedin/ into happy-dom windows at a profile address.
 * Static reads need no script; `run: true` also runs the page's own behaviour (the invitation dialog,
 * the controlled note box, in-page navigation), as a browser would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

const DIR = join(import.meta.dirname, '../fixtures/linkedin');
const GENERATOR = join(import.meta.dirname, '../../scripts/make-fixtures.mjs');

/** Every fixture page's file name. */
export const PAGES = readdirSync(DIR)
  .filter((file) => file.endsWith('.html'))
  .sort();

export const html = (file: string): string => readFileSync(join(DIR, file), 'utf8');

interface Person {
  slug: string;
  name: string;
  headline: string;
  company: string;
}
interface Config {
  layout: 'ember' | 'sdui';
  slug: string;
  lang: 'en' | 'fr';
  tier: 'free' | 'premium';
  quota: number | null;
  people: Record<string, Person>;
}

/** The page's own config (the person shown, the layout, the language, the account tier). */
export function configOf(file: string): Config {
  const json = /id="fake-linkedin-config">(.*?)<\/script>/s.exec(html(file))?.[1];
  if (!json) throw new Error(`${file} has no config`);
  return JSON.parse(json);
}

/** The person the page is about, as its config says. */
export const personOf = (file: string): Person => {
  const config = configOf(file);
  return config.people[config.slug]!;
};

const windows: Window[] = [];

/**
 * Opens page markup at `url`.
 *
 * @example const { document } = openHtml('<!doctype html>…', 'https://www.linkedin.com/in/priya-natarajan/');
 */
export function openHtml(markup: string, url: string, run = false) {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: run,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  windows.push(window);
  window.document.write(markup);
  return { window, document: window.document as unknown as Document, url };
}

/**
 * Opens a fixture at `https://www.linkedin.com/in/<slug>/` (the page's own person unless `slug` says).
 *
 * @example const { document, url } = open('sdui-connect.html');
 */
export function open(file: string, { slug = configOf(file).slug, run = false } = {}) {
  return openHtml(html(file), `https://www.linkedin.com/in/${slug}/`, run);
}

/** Closes every window opened so far (their timers too). */
export async function closeAll(): Promise<void> {
  await Promise.all(windows.splice(0).map((window) => window.happyDOM.close()));
}

interface Generator {
  PAGES: Record<string, object>;
  render(options: object): string;
}

/** scripts/make-fixtures.mjs, the pages' generator (plain JS, so loaded by path). */
export const generator = (): Promise<Generator> => import(/* @vite-ignore */ GENERATOR);

/**
 * Renders a fixture again with some options changed, e.g. the same page in English.
 *
 * @example openHtml(await renderFixture('sdui-fr-connect.html', { lang: 'en' }), url)
 */
export async function renderFixture(file: string, changes: object): Promise<string> {
  const { PAGES: made, render } = await generator();
  const options = made[file];
  if (!options) throw new Error(`${file} is not made by scripts/make-fixtures.mjs`);
  return render({ ...options, ...changes });
}

/**
 * "Add a note" in the open gate: the button before the last ([Dismiss,] Add a note, Send without a note),
 * the way tests press it in every layout and language without LinkedIn's class names or words.
 *
 * @example addNoteButton(outlet).click()
 */
export function addNoteButton(root: ParentNode): HTMLButtonElement | null {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].at(-2) ?? null;
}
