/**
 * A VTIMEZONE for the person's own zone (RFC 5545 §3.6.5 wants one for every TZID used), written from the
 * offsets the runtime itself applies: one component to start, then one per change between `from` and
 * `to`. No time-zone database is bundled; the browser's own knows the rules for the person's zone.
 */

const MINUTE = 60_000;
const STEP = 6 * 60 * MINUTE;

/** Minutes east of UTC at `time` in the runtime's zone. */
const offsetAt = (time: number): number => -new Date(time).getTimezoneOffset();

/** `+0530`, `-0400`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock time at `time` under `offset`, as a DATE-TIME without zone: `20260308T020000`. */
function wallClock(time: number, offset: number): string {
  return new Date(time + offset * MINUTE).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** The first minute at which the offset differs from the one at `before` (it changes once in (before, after]). */
function changeBetween(before: number, after: number): number {
  const old = offsetAt(before);
  let low = before;
  let high = after;
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetAt(middle) === old) low = middle;
    else high = middle;
  }
  return high;
}

function component(kind: 'STANDARD' | 'DAYLIGHT', start: number, from: number, to: number): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${wallClock(start, from)}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE block for `tzid` covering `from` to `to`, lines joined with CRLF.
 *
 * @example
 * vtimezone('America/New_York', new Date(2026, 2, 1), new Date(2026, 2, 31))
 * // BEGIN:VTIMEZONE … STANDARD -0500 … DAYLIGHT from 20260308T020000 -0500 → -0400 … END:VTIMEZONE
 */
export function vtimezone(tzid: string, from: Date, to: Date): string {
  const start = from.getTime() - 24 * 60 * MINUTE;
  const end = to.getTime() + 24 * 60 * MINUTE;
  let offset = offsetAt(start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tzid}`, ...component('STANDARD', start, offset, offset)];
  for (let time = start; time < end; time += STEP) {
    const next = offsetAt(time + STEP);
    if (next === offset) continue;
    const changeAt = changeBetween(time, time + STEP);
    lines.push(...component(next > offset ? 'DAYLIGHT' : 'STANDARD', changeAt, offset, next));
    offset = next;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
