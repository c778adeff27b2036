/**
 * Phrases that press the interviewer: asking for news or a decision, hurrying them, pleading, or making
 * them feel guilty. A connection note should only thank and stay warm; news comes through the process.
 * Patterns run on the note with curly apostrophes made straight, case-insensitive, whole words.
 */
import { firstOfOverlapping } from './overlap';
import type { LintFinding } from './types';

type Kind = 'news' | 'rush' | 'plea' | 'guilt';

const MESSAGES: Record<Kind, string> = {
  news: 'This presses for news or a decision. Leave that to the hiring process and keep the note warm.',
  rush: 'This hurries them. Let them reply in their own time.',
  plea: 'This reads as pleading. A calm, friendly note leaves a better impression.',
  guilt: 'This may make them feel guilty. Keep the note light and thankful.',
};

/** Each pattern says one way of pressing; the sentence after it is an example it catches. */
const PATTERNS: [Kind, RegExp][] = [
  ['news', /\bany (?:news|updates?|word|progress|feedback yet)\b/], // any update on my application?
  ['news', /\bkeep me (?:updated|posted|informed|in the loop)\b/],
  [
    'news',
    /\bhave you (?:decided|chosen|picked|made (?:a|your|the) (?:final )?decision|reached a decision)\b/,
  ],
  ['news', /\b(?:has|have) (?:a|the|any) (?:final )?decisions? been (?:made|reached)\b/],
  ['news', /\b(?:make|made|reach|reached|making) (?:a|the|your) (?:final |hiring )?decision\b/], // once you make a decision
  ['news', /\bdid you (?:decide|choose|pick|make a decision|get my|receive my|see my|read my)\b/],
  [
    'news',
    /\bwhen (?:will|would|can|could|should|might|do|may) (?:I|we) (?:hear|expect|know|get|receive|find out|learn)\b/,
  ],
  ['news', /\bwhen (?:will|would|can|do) you (?:decide|let me know|get back|reply|respond|be making|make)\b/],
  [
    'news',
    /\b(?:let me know|tell me|inform me|notify me|update me)\b[^.!?]{0,30}\b(?:outcome|decision|result|results|status|next steps|verdict)\b/,
  ],
  ['news', /\b(?:know|learn|hear) (?:the|your) (?:final )?(?:outcome|decision|result|verdict)\b/], // I'd love to know the outcome
  ['news', /\b(?:looking forward to|look forward to|excited (?:for|about)) (?:the )?next steps\b/],
  ['news', /\bto hear(?:ing)? (?:back|from you|soon)\b/], // I hope to hear back soon
  ['news', /\bhear back\b/],
  ['news', /\bget back to me\b/],
  [
    'news',
    /\b(?:looking forward to|look forward to|await(?:ing)?|waiting (?:for|on)|anticipating) (?:your|the|a) (?:final )?(?:decision|response|reply|answer|verdict|feedback|news|call|email|offer)\b/,
  ],
  ['news', /\b(?:did|have) I (?:get|got|gotten|land|landed|make|made|pass|passed|win|won)\b/], // did I get the job?
  [
    'news',
    /\b(?:was|am|were) I (?:still )?(?:selected|successful|chosen|shortlisted|in the running|being considered)\b/,
  ],
  [
    'news',
    /\b(?:know|tell me|wondering|wonder) (?:if|whether) I (?:got|have got|made it|passed|was selected)\b/,
  ],
  ['news', /\b(?:status|outcome|result) of (?:my|the) (?:application|candidacy|interview)/],
  ['news', /\bupdate on (?:my|the) (?:application|candidacy|interview|status|process|decision)/],
  ['news', /\bfollow(?:ing)?[- ]up on (?:my|the) (?:application|candidacy|status|interview status)/],
  ['news', /\bjust (?:following|checking) (?:up|in)\b/],
  [
    'news',
    /\bchecking in (?:on|about|regarding) (?:my|the) (?:application|candidacy|status|decision|process)/,
  ],
  ['news', /\bwhat (?:are|is|were) the next steps\b/],
  ['news', /\bwhere (?:do )?(?:things|we|I) stand\b/],
  ['news', /\bany idea (?:when|if|whether)\b/],
  ['news', /\bhow (?:much )?long(?:er)? (?:until|before|will|do)\b/],
  ['news', /\b(?:please|kindly) (?:respond|reply|get back|answer|update me|inform me|let me know)\b/],
  ['guilt', /\b(?:still )?(?:haven't|have not|not yet) heard\b/],
  ['guilt', /\bstill waiting\b/],
  ['guilt', /\bI(?:'ve| have) been waiting\b/],
  ['guilt', /\bwhy (?:haven't|have not|didn't|did not|wasn't|was not|hasn't) (?:I|you|anyone)\b/],
  [
    'guilt',
    /\bit(?:'s| has) been (?:over |more than )?(?:a week|two weeks|\d+ (?:days|weeks)|weeks|days|ages|so long|too long)\b/,
  ],
  [
    'guilt',
    /\bI (?:turned down|declined|rejected|passed on|said no to) (?:an?|other|another|two|several|multiple) (?:other )?offers?\b/,
  ],
  ['guilt', /\b(?:quit|left|resigned from) my (?:job|position|role) (?:for|to|because)\b/],
  [
    'guilt',
    /\b(?:my family|my kids|my children|my bills|my rent|my mortgage) (?:depends?|is due|are due|relies?)\b/,
  ],
  ['guilt', /\bI have bills\b/],
  ['rush', /\bASAP\b/],
  ['rush', /\bas soon as (?:possible|you can)\b/],
  ['rush', /\bat your earliest convenience\b/],
  ['rush', /\burgently\b|\b(?:is|it's|very) urgent\b|\burgent (?:reply|response|request|matter)\b/],
  [
    'rush',
    /\b(?:reply|respond|decide|answer|let me know|hear)\b[^.!?]{0,20}\b(?:by|before) (?:the end of )?(?:today|tomorrow|this week|end of (?:the )?(?:day|week))\b/,
  ],
  ['plea', /\bplease (?:consider|choose|pick|hire|select|give) me\b/], // please consider me for the role
  ['plea', /\b(?:hire|choose|pick) me\b/],
  [
    'plea',
    /\bI (?:really |truly |desperately |badly |urgently |just )?need (?:this|the|a|that) (?:job|role|position|offer|opportunity|chance)\b/,
  ],
  ['plea', /\b(?:I'm|I am) (?:begging|pleading)\b|\bI beg\b|\bdesperate(?:ly)?\b/],
  ['plea', /\b(?:give|offer) me (?:the|this|a) (?:job|role|position|offer)\b/],
  ['plea', /\breconsider\b/],
  [
    'plea',
    /\b(?:put|putting) in a good word\b|\b(?:vouch|advocate|push|fight) for me\b|\bpull (?:some )?strings\b/,
  ],
  ['plea', /\byou won't regret\b|\bdon't forget (?:about )?me\b/],
  ['plea', /\bI(?:'m| am) the (?:best|perfect|ideal|right) (?:candidate|fit|person|choice)\b/],
  ['plea', /\b(?:send|extend|make) me (?:an|the) offer\b/],
];

const COMPILED = PATTERNS.map(([kind, pattern]) => [kind, new RegExp(pattern.source, 'giu')] as const);

/**
 * One finding per pressing phrase, with its span; overlapping phrases are reported once.
 *
 * @example
 * findPushy('Any update on my application?') // [{ code: 'pushy', severity: 'error', span: { start: 0, end: 10 }, … }]
 */
export function findPushy(text: string): LintFinding[] {
  const plain = text.replace(/[’‘]/g, "'");
  const hits: { kind: Kind; start: number; end: number }[] = [];
  for (const [kind, pattern] of COMPILED) {
    for (const match of plain.matchAll(pattern)) {
      hits.push({ kind, start: match.index, end: match.index + match[0].length });
    }
  }
  return firstOfOverlapping(hits).map(({ kind, start, end }) => ({
    code: 'pushy',
    severity: 'error',
    message: MESSAGES[kind],
    span: { start, end },
  }));
}
