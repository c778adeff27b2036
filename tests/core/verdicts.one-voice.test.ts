/**
 * One voice: every surface says a verdict with the words and colour of the one shared table
 * (src/core/verdicts.ts), and a follow-up with its one verb phrase: the helper card on LinkedIn's page
 * (src/content) too, whose colours must also read on its own light and dark backgrounds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { noticesFor } from '../../src/background/notify';
import type { PlanItem } from '../../src/background/plan';
import { FOLLOW_UP_ACTION, VERDICTS } from '../../src/core/verdicts';

vi.mock('webextension-polyfill', () => import('../support/polyfill'));

const read = (path: string) => readFileSync(path, 'utf8');

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The surfaces that show a verdict or a follow-up, and what each must use from the table. */
const SURFACES: [surface: string, file: string, uses: RegExp][] = [
  ['popup: the verdict', 'src/ui/VerdictCard.tsx', /from '\.\/VerdictBadge'/],
  ['every badge', 'src/ui/VerdictBadge.tsx', /from '\.\.\/core\/verdicts'/],
  ['popup: from the page’s memory', 'src/popup/Remembered.tsx', /from '\.\.\/ui\/VerdictBadge'/],
  ['popup: due now', 'src/popup/DueNow.tsx', /from '\.\.\/core\/verdicts'/],
  ['Follow-ups', 'src/options/followups/FollowUps.tsx', /from '\.\.\/\.\.\/core\/verdicts'/],
  ['Follow-ups: badges', 'src/options/followups/FollowUps.tsx', /from '\.\.\/\.\.\/ui\/VerdictBadge'/],
  [
    'after the first interview',
    'src/options/interviews/NextSteps.tsx',
    /from '\.\.\/\.\.\/ui\/VerdictBadge'/,
  ],
  ['notifications', 'src/background/notify.ts', /from '\.\.\/core\/verdicts'/],
  ['the card on LinkedIn', 'src/content/helper-card.ts', /from '\.\.\/core\/verdicts'/],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('one vocabulary and one colour per verdict', () => {
  it.each(SURFACES)('%s (%s) uses the shared table', (_surface, file, uses) => {
    expect(read(file)).toMatch(uses);
  });

  it('no other file spells a verdict’s label of its own', () => {
    const own = Object.values(VERDICTS).map((look) => `'${look.label}'`);
    const offenders = sources('src')
      .filter((file) => file !== join('src', 'core', 'verdicts.ts'))
      .flatMap((file) => own.filter((word) => read(file).includes(word)).map((word) => `${file}: ${word}`));
    expect(offenders).toEqual([]);
  });

  it('no stylesheet colours a verdict of its own: the colour comes from the table', () => {
    for (const css of ['src/ui/components.css', 'src/popup/popup.css', 'src/options/options.css']) {
      expect(read(css)).not.toMatch(/\.verdict-(send|prepare|wait|sent|connected|avoid)\b/);
    }
  });

  it('the card on LinkedIn takes its colours from the table, AA (4.5:1) on its light and dark backgrounds', () => {
    const css = read('src/content/dom.ts');
    // No colour of its own per verdict: the card sets the table's through verdictStyle.
    expect(css).not.toMatch(/\.(send|prepare|wait|sent|connected|avoid)\b[^{]*\{/);
    expect(read('src/content/helper-card.ts')).toMatch(/verdictStyle\(answer\.verdict\)/);
    expect(css).toMatch(/\.c\{--v:var\(--verdict-light,/);
    expect(css).toMatch(/\.c\{--v:var\(--verdict-dark,/);
    // The card's background in each scheme (#fff is #ffffff).
    const [light, dark] = [...css.matchAll(/\.c\{--v:[^}]*?background:#([0-9a-f]{6}|[0-9a-f]{3})\b/g)].map(
      ([, hex]) => `#${hex!.length === 3 ? [...hex!].map((c) => c + c).join('') : hex}`,
    );
    expect([light, dark]).toEqual(['#ffffff', '#1d2226']);
    for (const look of Object.values(VERDICTS)) {
      expect(contrast(look.light, light!), look.label).toBeGreaterThanOrEqual(4.5);
      expect(contrast(look.dark, dark!), look.label).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('each verdict has its own words, and a colour for light and dark', () => {
    const labels = Object.values(VERDICTS).map((look) => look.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const look of Object.values(VERDICTS)) {
      expect(look.light).toMatch(/^#[0-9a-f]{6}$/);
      expect(look.dark).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('a notification names the follow-up as Follow-ups and the popup do', () => {
    const item = (kind: PlanItem['kind']): PlanItem => ({
      interviewId: 'iv',
      interviewerId: 'p',
      name: 'Priya Natarajan',
      company: 'Contoso Health',
      kind,
      dueAt: '2026-03-10T09:00:00.000Z',
      deadline: null,
      overdue: false,
      verdict: 'send',
      summary: 'Send your request now.',
      reasons: ['A reason.'],
    });
    for (const kind of Object.keys(FOLLOW_UP_ACTION) as PlanItem['kind'][]) {
      expect(noticesFor([item(kind)])[0]?.title).toBe(`${FOLLOW_UP_ACTION[kind]} Priya Natarajan`);
    }
  });
});
