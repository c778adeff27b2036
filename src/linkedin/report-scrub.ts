/**
 * Scrubbing for the page report: what of a LinkedIn page may leave the person's machine in a bug report.
 * LinkedIn's UI words, tags, roles and URL shapes stay; names, headlines, ids and slugs do not.
 */

/** LinkedIn's UI words (English UI): kept in texts and labels; every other word is masked. */
const UI_WORDS_TEXT = `a about actions add address adding all and at background block cancel card characters click company
  connect connection connections contact current degree dismiss edit education email enhance enter experience
  following follow for free has image in info intro invitation invitations invite knows limit linkedin
  member members message month more navigator note notes of on open or pdf pending personal personalize
  personalized picture please premium profile profiles recommendation remaining remove report request
  sales save section send sent show skip this to try unfollow verifications verify view via want with
  withdraw without you your yours connect’s profile’s mutual other`;
let uiWords: Set<string> | undefined;
const UI_WORDS = {
  has(word: string) {
    uiWords ??= new Set(UI_WORDS_TEXT.split(/\s+/));
    return uiWords.has(word);
  },
};

/** A word's shape without its letters: "Avery" → "Xxxxx"; digits and punctuation stay. */
const maskWord = (word: string) => word.replace(/\p{Lu}/gu, 'X').replace(/[\p{Ll}\p{Lo}\p{Lm}]/gu, 'x');

/**
 * A text with every word that isn't one of LinkedIn's UI words masked: "Invite Avery Stone to connect"
 * → "Invite Xxxxx Xxxxx to connect"; "· 2nd", "0/200" and "500+" stay as they are.
 *
 * @example scrubText('2nd degree connection') // '2nd degree connection'
 */
export function scrubText(text: string): string {
  return text.replace(/[\p{L}\p{M}\p{N}’']+/gu, (word) => {
    if (/^\d+(st|nd|rd|th|e|er|re)?$/i.test(word)) return word; // "2nd", "3e", counts
    const bare = word.toLowerCase().replace(/[’']s?$/, '');
    return UI_WORDS.has(bare) || UI_WORDS.has(word.toLowerCase()) ? word : maskWord(word);
  });
}

/** A class token LinkedIn keeps stable: lower-case words with separators ("artdeco-button--primary",
 * "dist-value") or one plain word ("hidden", "inline"); hashed tokens are mixed-case or hex. */
const stableClass = (token: string) =>
  /^[a-z][a-z0-9]*(?:[-_]{1,2}[a-z0-9]+)+$/.test(token) ||
  (/^[a-z]{2,14}$/.test(token) && !/^[a-f]{8}$/.test(token));

/** Class lists with hashed tokens replaced by "h". */
export const scrubClass = (value: string) =>
  value
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => (stableClass(token) ? token : 'h'))
    .join(' ');

/** Slugs and their stand-ins: the page's person becomes person-1, others person-2… in order of sight. */
export class Slugs {
  private readonly map = new Map<string, string>();
  add(slug: string): void {
    if (slug && !this.map.has(slug)) this.map.set(slug, `person-${this.map.size + 1}`);
  }
  /** Every known slug (as written, or percent-decoded) replaced by its stand-in. */
  replace(value: string): string {
    let out = value;
    for (const [slug, fake] of this.map) {
      out = out.split(slug).join(fake);
      let decoded = slug;
      try {
        decoded = decodeURIComponent(slug);
      } catch {
        // not encoded
      }
      if (decoded !== slug) out = out.split(decoded).join(fake);
    }
    return out;
  }
}

/**
 * Ids, URNs, keys and addresses with their personal parts gone: known slugs replaced, long runs mixing
 * letters and digits (member ids, URNs, uuids) turned into zeros, long numbers zeroed; the shape stays
 * ("…card.ref000-QsTopcard", "/in/person-1/overlay/contact-info/", "?vanityName=person-2").
 *
 * @example scrubId('ConnectButtonstate:invitation:urn:li:member:100000002_connect', slugs)
 * // 'ConnectButtonstate:invitation:urn:li:member:000000000_connect'
 */
export function scrubId(value: string, slugs: Slugs): string {
  return slugs
    .replace(value)
    .replace(/[A-Za-z0-9]*\d[A-Za-z0-9]*/g, (run) =>
      run.length >= 8 || /^\d{5,}$/.test(run) ? '0'.repeat(Math.min(run.length, 12)) : run,
    );
}
