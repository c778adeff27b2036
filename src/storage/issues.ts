/**
 * zod's findings in plain words. The model's own messages ("must be a date and time like …") are kept; for
 * zod's built-in ones (`Invalid input: expected string, received number`) `plainError` says the same thing
 * the way a person would read it after a field's path.
 */
import type { z } from 'zod';
import type { FieldIssue } from './types';

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a record',
};

/** Per-parse error map: `Schema.safeParse(value, { error: plainError })`. Returns undefined to keep zod's. */
export function plainError(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${NOUNS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${issue.maximum} items`
        : `must be at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${issue.minimum} items`
        : `must be at least ${issue.minimum}`;
    default:
      return undefined;
  }
}

/** `['interviews', 0, 'at']` → `interviews[0].at`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Every issue as `{ path, message }`, in the order zod found them (the schema's field order). */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** The first issue as words: `interviews[0].at must be a date and time like …`; `what` names an empty path. */
export function firstIssue(error: z.ZodError, what: string): string {
  const [issue] = fieldIssues(error);
  if (!issue) return `${what} is not valid`;
  return `${issue.path || what} ${issue.message}`;
}
