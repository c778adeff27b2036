/** One list of follow-ups under its heading, showing the first few and the rest on request. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FollowUpItem } from './group';

/** Enough to act on today; a log of hundreds stays quick to open and to read. */
export const FIRST_SHOWN = 20;

interface GroupProps {
  title: string;
  id: string;
  empty: string;
  items: FollowUpItem[];
  children: (item: FollowUpItem) => ComponentChildren;
}

/** @example <Group title="Due now" id="due-now" empty="Nothing is due." items={items}>{(item) => …}</Group> */
export function Group({ title, id, empty, items, children }: GroupProps) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST_SHOWN);
  return (
    <section class="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <span class="count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul class="items" data-group={id}>
          {shown.map((item) => (
            <li key={item.key} class="item">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
      {shown.length < items.length && (
        <button type="button" class="quiet more" onClick={() => setAll(true)}>
          Show all {items.length}
          <span class="visually-hidden"> in {title}</span>
        </button>
      )}
    </section>
  );
}
