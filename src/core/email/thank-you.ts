/**
 * The thank-you email: what etiquette asks first after an interview, within a day, before any LinkedIn
 * invitation. Drafted from the same log as the note and checked by the same lint (its length aside: an
 * email is not bound by the note box's limit). It thanks, names one topic, the role and looks ahead; it
 * never asks for news or a decision. Nothing is sent by us: the person's mail app opens with the draft.
 */
import type { Interview, Settings } from '../model';
import { firstName } from '../notes/names';

export interface ThankYouEmailInput {
  interview: Interview;
  interviewerId: string;
  settings: Settings;
}

export interface ThankYouEmail {
  subject: string;
  body: string;
}

/**
 * One topic per interviewer: on a panel each person gets a different one where the log has enough, so
 * two emails compared side by side do not read as copies.
 */
function topicFor(interview: Interview, index: number): string | null {
  const topics = interview.topics.map((topic) => topic.trim()).filter(Boolean);
  return topics.length > 0 ? topics[index % topics.length]! : null;
}

/**
 * A subject and a plain-text body for the thank-you email to one interviewer. Throws when the interview
 * has no such interviewer.
 *
 * @example
 * draftThankYouEmail({ interview, interviewerId: 'sam', settings })
 * // → { subject: 'Thank you for our conversation about the Product Designer role',
 * //     body: 'Hi Sam,\n\nThank you for taking the time to talk with me about the Product Designer role at Acme. …' }
 */
export function draftThankYouEmail({
  interview,
  interviewerId,
  settings,
}: ThankYouEmailInput): ThankYouEmail {
  const index = interview.interviewers.findIndex((person) => person.id === interviewerId);
  const person = interview.interviewers[index];
  if (!person) {
    throw new Error(
      `draftThankYouEmail: the interview "${interview.id}" with ${interview.company} has no interviewer "${interviewerId}"`,
    );
  }
  const first = firstName(person.name);
  const topic = topicFor(interview, index);
  const signature = settings.yourName.trim();
  const paragraphs = [
    first ? `Hi ${first},` : 'Hello,',
    `Thank you for taking the time to talk with me about the ${interview.role} role at ${interview.company}.` +
      (topic ? ` I especially enjoyed our conversation about ${topic}.` : ''),
    `It left me even more enthusiastic about the role and the team, and I would be glad to stay in touch.`,
    signature ? `Best regards,\n${signature}` : 'Best regards,',
  ];
  return {
    subject: `Thank you for our conversation about the ${interview.role} role`,
    body: paragraphs.join('\n\n'),
  };
}

/**
 * A `mailto:` address that opens the person's mail app with the draft filled in; nothing is sent by us.
 *
 * @example mailtoLink('sam@acme.test', { subject: 'Thank you', body: 'Hi Sam,' }) // 'mailto:sam@acme.test?subject=Thank%20you&body=Hi%20Sam%2C'
 */
export function mailtoLink(to: string, email: ThankYouEmail): string {
  const query = `subject=${encodeURIComponent(email.subject)}&body=${encodeURIComponent(email.body)}`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${query}`;
}
