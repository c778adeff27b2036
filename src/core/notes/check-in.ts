/**
 * The message for a connection (not a connection note): a thank-you for accepting, or a light check-in
 * months later. Short, warm, about them, and never a request for news or a decision.
 */
import type { Interview, Interviewer, Settings } from '../model';
import { firstName } from './names';

export interface CheckInInput {
  interview: Interview;
  person: Interviewer;
  settings: Settings;
}

const signed = (settings: Settings): string =>
  settings.yourName.trim() ? `\nBest,\n${settings.yourName.trim()}` : '';

/**
 * A first message after they accepted (no message logged yet), else a check-in.
 *
 * @example
 * draftCheckIn({ interview, person: priya, settings })
 * // → 'Hi Priya, thank you for connecting! I enjoyed our conversation about the Product Manager role at Contoso Health…'
 */
export function draftCheckIn({ interview, person, settings }: CheckInInput): string {
  const hi = `Hi ${firstName(person.name) ?? person.name.trim()},`;
  const topic = interview.topics[0]?.trim();
  const sent = person.touches.some((touch) => touch.kind === 'message');
  if (!sent) {
    return `${hi} thank you for connecting! I enjoyed our conversation about the ${interview.role} role at ${interview.company} and I'm glad to stay in touch.${signed(settings)}`;
  }
  const about = topic ? `our conversation about ${topic}` : `our conversation at ${interview.company}`;
  return `${hi} I hope all is well at ${interview.company}. I was thinking back to ${about} and wanted to say hello.${signed(settings)}`;
}
