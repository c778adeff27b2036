/**
 * What the interview form really changed. The form holds every field as its inputs do (local minutes,
 * one topic per line), so a stored value the person never touched can come back in another spelling
 * (`…14:00:00Z` as `…14:00:00.000Z`). Such a field is given back exactly as stored, so that the writer's
 * merge (storage/merge.ts) sees only the person's edits as changes and takes everything else from the
 * latest stored revision: an invitation recorded on LinkedIn while the form was open survives the save.
 */
import type { Interview } from '../core/model';
import { same } from '../storage/changes';
import { draftOf } from './form-state';
import { validateInterview } from './validate';

type Fields = Record<string, unknown>;

/** `edited` with each field the form left as it was (read back from `base`) set to `base`'s own value. */
function keepFields(edited: Fields, unedited: Fields, base: Fields): Fields {
  const kept: Fields = { ...edited };
  for (const key of new Set([...Object.keys(edited), ...Object.keys(base)])) {
    if (key === 'interviewers') continue;
    if (same(edited[key], unedited[key])) {
      if (base[key] === undefined) delete kept[key];
      else kept[key] = base[key];
    }
  }
  return kept;
}

/**
 * The edited interview with every untouched field exactly as stored in `base`.
 *
 * @example untouchedAsStored(validated.interview, stored, new Date()) // only the fields the person edited differ from `stored`
 */
export function untouchedAsStored(edited: Interview, base: Interview, now: Date): Interview {
  const readBack = validateInterview(draftOf(base), { now });
  if (!readBack.ok) return edited;
  const unedited = readBack.interview;
  const interviewers = edited.interviewers.map((person) => {
    const was = base.interviewers.find((candidate) => candidate.id === person.id);
    const readAs = unedited.interviewers.find((candidate) => candidate.id === person.id);
    return was && readAs ? keepFields(person, readAs, was) : person;
  });
  return { ...keepFields(edited, unedited, base), interviewers } as Interview;
}
