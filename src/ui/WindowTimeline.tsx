/**
 * The connection window on a small timeline: the interview, when the window opens, the ideal date and
 * when a note gets late, with a marker for now. The drawing is decoration (hidden from screen readers);
 * the same moments follow as an ordered list of text, which is what assistive technology reads.
 */
import { formatISO } from 'date-fns';
import { formatWhen } from './format';

export interface WindowTimelineProps {
  interviewAt: Date;
  opensAt: Date | null;
  idealBy: Date | null;
  lateAfter: Date | null;
  now: Date;
}

type Point = { key: 'interview' | 'opens' | 'ideal' | 'late' | 'now'; label: string; at: Date };

/**
 * @example
 * <WindowTimeline interviewAt={times.at} opensAt={advice.opensAt} idealBy={advice.idealBy}
 *   lateAfter={advice.lateAfter} now={now} />
 */
export function WindowTimeline(props: WindowTimelineProps) {
  const points = timelinePoints(props);
  const start = points[0]!.at.getTime();
  const span = Math.max(points.at(-1)!.at.getTime() - start, 1);
  const place = (at: Date) => `${(((at.getTime() - start) / span) * 100).toFixed(2)}%`;
  const { opensAt, idealBy, lateAfter } = props;
  return (
    <div class="timeline">
      <div class="timeline-track" aria-hidden="true">
        {opensAt && (
          <span
            class="timeline-band band-best"
            style={{ left: place(opensAt), width: band(opensAt, idealBy ?? lateAfter, start, span) }}
          />
        )}
        {idealBy && lateAfter && (
          <span
            class="timeline-band band-fine"
            style={{ left: place(idealBy), width: band(idealBy, lateAfter, start, span) }}
          />
        )}
        {points.map((point) => (
          <span key={point.key} class={`timeline-dot dot-${point.key}`} style={{ left: place(point.at) }} />
        ))}
      </div>
      <ol class="timeline-list">
        {points.map((point) => (
          <li key={point.key} class={point.key === 'now' ? 'timeline-now' : undefined}>
            <span class={`timeline-key dot-${point.key}`} aria-hidden="true" />
            <span class="timeline-label">{point.label}</span>{' '}
            <time dateTime={formatISO(point.at)}>{formatWhen(point.at)}</time>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The moments that exist, in time order; "now" takes its place among them. */
export function timelinePoints({
  interviewAt,
  opensAt,
  idealBy,
  lateAfter,
  now,
}: WindowTimelineProps): Point[] {
  const points: Point[] = [{ key: 'interview', label: 'Interview', at: interviewAt }];
  if (opensAt) points.push({ key: 'opens', label: 'Window opens', at: opensAt });
  if (idealBy) points.push({ key: 'ideal', label: 'Ideally by', at: idealBy });
  if (lateAfter) points.push({ key: 'late', label: 'Late after', at: lateAfter });
  points.push({ key: 'now', label: 'Now', at: now });
  // A stable sort keeps "now" after a moment it equals: at 09:00 the window has just opened.
  return points.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function band(from: Date, to: Date | null, start: number, span: number): string {
  const end = to ? to.getTime() : start + span;
  return `${(((end - from.getTime()) / span) * 100).toFixed(2)}%`;
}
