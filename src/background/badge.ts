/** The toolbar badge: how many follow-ups are due, in a calm colour (a nudge, not an alarm). */
import { browser } from '../browser';

/** The shared theme's accent blue (src/ui/theme.css): calm, and AA-contrast with the white count. */
const BADGE_COLOUR = '#0b5cad';

/** "Connect Coach — 2 follow-ups due"; just the name when nothing is due. */
export function badgeTitle(due: number): string {
  if (due === 0) return 'Connect Coach';
  return `Connect Coach — ${due} follow-up${due === 1 ? '' : 's'} due`;
}

/**
 * Shows `due` on the toolbar button; nothing at zero.
 *
 * @example await showDue(2) // badge "2", title "Connect Coach — 2 follow-ups due"
 */
export async function showDue(due: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await browser.action.setBadgeText({ text: due > 0 ? String(due) : '' });
  await browser.action.setTitle({ title: badgeTitle(due) });
}
