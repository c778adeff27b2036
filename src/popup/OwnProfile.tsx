/** The person's own profile: the checklist Connect Coach read from it, and what is still missing. */
import type { ProfileChecklist, Settings } from '../core/model';
import { formatStored } from '../ui/format';

const PARTS: ReadonlyArray<[keyof Omit<ProfileChecklist, 'readAt'>, string]> = [
  ['photo', 'Photo'],
  ['headline', 'Headline'],
  ['currentRole', 'Current role'],
  ['about', 'About section'],
];

/** "Unknown" is its own answer: nobody said, which is not "missing". */
const ANSWER: Record<string, string> = { true: 'there', false: 'missing', unknown: 'not known yet' };

export function OwnProfile({ settings }: { settings: Settings | null }) {
  const profile = settings?.profile;
  const missing = profile ? PARTS.filter(([key]) => profile[key] !== true) : [];
  return (
    <section aria-labelledby="own-title">
      <h1 id="own-title">Your profile</h1>
      {!profile ? (
        <p>This is your own profile. Its checklist will show here once Connect Coach can open your log.</p>
      ) : (
        <>
          <p>
            Connect Coach read your profile checklist from this page
            {profile.readAt ? ` (${formatStored(profile.readAt)})` : ''}. Interviewers often look at it before
            they accept.
          </p>
          <ul class="checklist" aria-label="Profile checklist">
            {PARTS.map(([key, label]) => (
              <li key={key} class={profile[key] === true ? 'check-done' : 'check-missing'}>
                <span aria-hidden="true">{profile[key] === true ? '✓' : '○'}</span> {label}:{' '}
                <strong>{ANSWER[String(profile[key])]}</strong>
              </li>
            ))}
          </ul>
          <p>
            {missing.length === 0
              ? 'Everything is in place: you are ready to connect.'
              : `Worth adding before you connect: ${missing.map(([, label]) => label.toLowerCase()).join(', ')}.`}
          </p>
        </>
      )}
    </section>
  );
}
