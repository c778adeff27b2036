/**
 * Follow-ups: what is due now, what comes next, whose invitations are still pending, and the people
 * you are connected with, each with when and why.
 */
import { useMemo } from 'preact/hooks';
import { advise } from '../../core/rules/advise';
import { planFollowUps } from '../../core/rules/plan';
import { FOLLOW_UP_LABEL } from '../../ui/words';
import type { LogState } from '../useLog';
import { type FollowUpItem, groupFollowUps } from './group';
import { Context, PersonLink, When } from './parts';
import { TouchLogger } from './TouchLogger';

interface Props {
  state: LogState;
  now: Date;
  reload(): void;
}

export function FollowUps({ state, now, reload }: Props) {
  const { interviews, settings } = state;
  const groups = useMemo(() => {
    const plan = planFollowUps({ interviews, settings, now });
    return groupFollowUps({ interviews, settings, now, plan, advise });
  }, [interviews, settings, now]);

  if (interviews.length === 0) {
    return (
      <p class="empty">
        Nothing to follow up yet. <a href="#interviews/new">Add your first interview</a> and Connect Coach
        will plan when to reach out to each interviewer.
      </p>
    );
  }
  return (
    <>
      <Group title="Due now" id="due-now" empty="Nothing is due right now." items={groups.dueNow}>
        {(item) => <Planned item={item} now={now} />}
      </Group>
      <Group title="Upcoming" id="upcoming" empty="Nothing else is planned yet." items={groups.upcoming}>
        {(item) => <Planned item={item} now={now} />}
      </Group>
      <Group
        title="Waiting on them"
        id="waiting"
        empty="No invitations are waiting for an answer."
        items={groups.waiting}
      >
        {(item) => (
          <Row item={item} action="Invitation sent to">
            {item.when && <When date={item.when} now={now} prefix="Sent" />}
          </Row>
        )}
      </Group>
      <Group title="Connected" id="connected" empty="No connections yet." items={groups.connected}>
        {(item) => (
          <Row item={item} action="Connected with">
            {item.when ? (
              <When date={item.when} now={now} prefix="Next touch" />
            ) : (
              <p class="when">No touch planned</p>
            )}
            <TouchLogger interview={item.interview} person={item.person} onLogged={reload} />
          </Row>
        )}
      </Group>
    </>
  );
}

interface GroupProps {
  title: string;
  id: string;
  empty: string;
  items: FollowUpItem[];
  children: (item: FollowUpItem) => preact.ComponentChildren;
}

function Group({ title, id, empty, items, children }: GroupProps) {
  return (
    <section class="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {title} <span class="count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ul class="items" data-group={id}>
          {items.map((item) => (
            <li key={item.key} class="item">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Planned({ item, now }: { item: FollowUpItem; now: Date }) {
  return (
    <Row item={item} action={item.kind ? FOLLOW_UP_LABEL[item.kind] : ''}>
      {item.when && <When date={item.when} now={now} />}
    </Row>
  );
}

function Row({
  item,
  action,
  children,
}: {
  item: FollowUpItem;
  action: string;
  children: preact.ComponentChildren;
}) {
  return (
    <>
      <div class="item-main">
        <p class="action">
          {action} <PersonLink person={item.person} />
        </p>
        <Context interview={item.interview} person={item.person} />
        {item.why && <p class="why user-text">{item.why}</p>}
      </div>
      <div class="item-side">{children}</div>
    </>
  );
}
