/** Keeps the first of overlapping matches (sorted by start, longest first), so one phrase is reported once. */
export function firstOfOverlapping<T extends { start: number; end: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (!last || item.start >= last.end) kept.push(item);
  }
  return kept;
}

/** A quotation of `text` for a message, at most `max` characters (whole code points). */
export function quote(text: string, max = 30): string {
  const points = Array.from(text);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}
