// @vitest-environment happy-dom
/**
 * The hostile LinkedIn fixture page carries its hostile text in both places the extension could read it
 * from: the rendered markup (escaped, so it shows as text, as LinkedIn shows it) and the page's config.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_FIXTURE, hostilePerson, IMG, RTL, SCRIPT, ZWJ } from './hostile';

const html = readFileSync(join(import.meta.dirname, '../fixtures/linkedin', HOSTILE_FIXTURE), 'utf8');
const window = new Window({ url: 'https://www.linkedin.com/in/rene-hostile-test/' });
afterAll(() => window.happyDOM.close());

describe('the hostile fixture page', () => {
  const person = hostilePerson();
  window.document.write(html);
  const text = window.document.querySelector('#profile')?.textContent ?? '';

  it('holds markup, bidi and zero-width controls and a 3,000-letter word in its config', () => {
    expect(person.name).toContain(IMG);
    expect(person.name).toContain(RTL);
    expect(person.name).toContain(ZWJ);
    expect(person.headline).toContain(SCRIPT);
    expect(person.headline).toMatch(/h{3000}/);
    expect(person.company).toContain(IMG);
  });

  it('shows the same text, as text, in its markup', () => {
    for (const part of [person.name, person.headline, person.company]) expect(text).toContain(part);
    expect(window.document.querySelector('#profile img[src="x"], #profile script')).toBeNull();
  });
});
