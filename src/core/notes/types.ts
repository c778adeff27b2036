/** One problem lintNote() found in a note. Errors block "Insert"; warnings only inform. */
export interface LintFinding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  /** Where in the text, in UTF-16 code units, when the finding is about a part of it. */
  span?: { start: number; end: number };
}
