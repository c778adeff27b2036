/**
 * The one mapping from a schema issue to the form field it belongs next to, for the options page's
 * interview form and the popup's add form alike: zod's own issues (a path of parts) and the background's
 * refusals (`FieldIssue`, a path written `interviewers[0].name`) land on the same keys.
 */

/** An issue as zod or the background gives it. */
export interface IssueAt {
  path: string | readonly PropertyKey[];
  message: string;
}

/**
 * A path's parts, whichever way it was written.
 *
 * @example pathParts('interviewers[3].title') // ['interviewers', 3, 'title']
 */
export function pathParts(path: IssueAt['path']): (string | number)[] {
  if (typeof path !== 'string') return path.map((part) => (typeof part === 'number' ? part : String(part)));
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The form's key for an issue: `company`, `topics`, `interviewers.<row>.<field>`, or `form` for the whole.
 * `formIndex` maps the rows that were checked back to their place in the form (blank rows are skipped).
 *
 * @example fieldKey('interviewers[0].name', [2]) // 'interviewers.2.name'
 * @example fieldKey(['topics', 4]) // 'topics'
 */
export function fieldKey(path: IssueAt['path'], formIndex: readonly number[] = []): string {
  const [first, row, field] = pathParts(path);
  if (first === 'interviewers' && typeof row === 'number' && field !== undefined) {
    return `interviewers.${formIndex[row] ?? row}.${field}`;
  }
  return first === undefined ? 'form' : String(first);
}
