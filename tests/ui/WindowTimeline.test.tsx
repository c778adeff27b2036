// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { timelinePoints, WindowTimeline } from '../../src/ui/WindowTimeline';

afterEach(cleanup);

const interviewAt = new Date(2026, 2 /* Mar */, 9, 14);
const window = {
  interviewAt,
  opensAt: new Date(2026, 2, 12, 9),
  idealBy: new Date(2026, 2, 16, 9),
  lateAfter: new Date(2026, 2, 30, 14),
};

describe('the window as a list of moments (what screen readers read)', () => {
  it.each([
    [
      'before it opens',
      new Date(2026, 2, 10, 8),
      ['Interview', 'Now', 'Window opens', 'Ideally by', 'Late after'],
    ],
    [
      'while it is open',
      new Date(2026, 2, 13, 12),
      ['Interview', 'Window opens', 'Now', 'Ideally by', 'Late after'],
    ],
    [
      'past the ideal date',
      new Date(2026, 2, 20, 12),
      ['Interview', 'Window opens', 'Ideally by', 'Now', 'Late after'],
    ],
    ['late', new Date(2026, 3, 2, 12), ['Interview', 'Window opens', 'Ideally by', 'Late after', 'Now']],
    [
      'the very minute it opens',
      new Date(2026, 2, 12, 9),
      ['Interview', 'Window opens', 'Now', 'Ideally by', 'Late after'],
    ],
  ])('%s', (_, now, order) => {
    expect(timelinePoints({ ...window, now }).map((p) => p.label)).toEqual(order);
    render(<WindowTimeline {...window} now={now} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.timeline-label')?.textContent)).toEqual(order);
  });

  it('writes each date as text with a machine-readable time', () => {
    render(<WindowTimeline {...window} now={new Date(2026, 2, 13, 12)} />);
    const opens = screen.getByText('Window opens').parentElement!;
    expect(opens.textContent).toContain('Thursday 12 March, 09:00');
    expect(new Date(opens.querySelector('time')!.dateTime).getTime()).toBe(window.opensAt.getTime());
  });

  it('keeps the drawing away from assistive technology', () => {
    render(<WindowTimeline {...window} now={new Date(2026, 2, 13, 12)} />);
    expect(document.querySelector('.timeline-track')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('leaves out the moments a verdict has none of', () => {
    render(
      <WindowTimeline
        interviewAt={interviewAt}
        opensAt={null}
        idealBy={null}
        lateAfter={null}
        now={new Date(2026, 2, 13)}
      />,
    );
    expect(
      screen.getAllByRole('listitem').map((li) => li.querySelector('.timeline-label')?.textContent),
    ).toEqual(['Interview', 'Now']);
  });
});
