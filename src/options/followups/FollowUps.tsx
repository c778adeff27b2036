/**
 * Follow-ups: what is due now, what comes next, whose invitations are still pending, and the people
 * you are connected with, each with when and why.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Settings } from '../../core/model';
import { advise } from '../../core/rules/advise';
import { planFollowUps } from '../../core/rules/plan';
import { FOLLOW_UP_ACTION } from '../../core/verdicts';
import { ChangeLine, useChanges } from '../../ui/changes';
import { FollowUpActions } from '../../ui/FollowUpActions';
import type { Change } from '../../ui/follow-up-writes';
import { VerdictBadge } from '../../ui/VerdictBadge';
import type { LogState } from '../useLog';
import { CalendarButton } from './CalendarButton';
import { NotePlan, ThankYouEmails } from './Extras';
import { Group } from './Group';
import { type FollowUpItem, groupFollowUps } from './group';
import { Context, Deadline, PersonLink, When } from './parts';
import { TouchLogger } from './TouchLogger';

interface Props {
  state: LogState;
  now: Date;
  reload(): void;
}

export function FollowUps({ state, now, reload }: Props) {
  const { interviews, settings } = state;
  const changes = useChanges(reload);
  const groups = useMemo(
    () => groupFollowUps({ interviews, now, plan: planFollowUps({ interviews, settings, now }) }),
    [interviews, settings, now],
  );
  if (interviews.length === 0) {
    return (
      <p class="empty">
        Nothing to follow up yet. <a href="#interviews/new">Add your first interview</a> and Connect Coach
        will plan when to reach out to each interviewer.
      </p>
    );
  }
  const row = (action: string, item: FollowUpItem, side: ComponentChildren) => (
    <Row item={item} action={action} settings={settings} now={now} onChange={changes.run}>
      {side}
    </Row>
  );
  const planned = (item: FollowUpItem) =>
    row(
      FOLLOW_UP_ACTION[item.kind!],
      item,
      <>
        {item.when && <When date={item.when} now={now} />}
        <CalendarButton state={state} now={now} interview={item.interview} person={item.person} />
      </>,
    );
  return (
    <>
      <ChangeLine changes={changes} />
      <ThankYouEmails state={state} now={now} due={groups.emails} onChange={changes.run} />
      <Group title="Due now" id="due-now" empty="Nothing is due right now." items={groups.dueNow}>
        {planned}
      </Group>
      <Group title="Upcoming" id="upcoming" empty="Nothing else is planned yet." items={groups.upcoming}>
        {planned}
      </Group>
      <NotePlan state={state} now={now} />
      <Group
        title="Waiting on them"
        id="waiting"
        empty="No invitation is waiting for an answer."
        items={groups.waiting}
      >
        {(item) => row('Waiting on', item, item.when && <When date={item.when} now={now} prefix="Sent" />)}
      </Group>
      <Group title="Connected" id="connected" empty="No connections yet." items={groups.connected}>
        {(item) =>
          row(
            'Keep in touch with',
            item,
            <>
              {item.when ? (
                <When date={item.when} now={now} prefix="Next touch" />
              ) : (
                <p class="when">No touch planned</p>
              )}
              <TouchLogger interview={item.interview} person={item.person} onLogged={reload} />
            </>,
          )
        }
      </Group>
    </>
  );
}

interface RowProps {
  item: FollowUpItem;
  action: string;
  settings: Settings;
  now: Date;
  onChange(change: Change): void;
  children: ComponentChildren;
}

function Row({ item, action, settings, now, onChange, children }: RowProps) {
  const { interview, person } = item;
  // Advice the plan did not carry is worked out here, for the rows on screen only.
  const advice = useMemo(
    () => item.advice ?? advise({ interview, interviewerId: person.id, settings, now }),
    [item, settings, now],
  );
  const why = advice.reasons[0]?.text ?? '';
  return (
    <div class={item.overdue ? 'item-row overdue' : 'item-row'}>
      <div class="item-main">
        <p class="action">
          <VerdictBadge verdict={advice.verdict} /> {action} <PersonLink person={person} />
        </p>
        <Context interview={interview} person={person} />
        {why && <p class="why user-text">{why}</p>}
        <FollowUpActions
          interview={interview}
          person={person}
          {...(item.kind && item.when && item.when <= now ? { kind: item.kind } : {})}
          now={now}
          onChange={onChange}
        />
      </div>
      <div class="item-side">
        {children}
        {item.deadline && <Deadline deadline={item.deadline} overdue={item.overdue} now={now} />}
      </div>
    </div>
  );
}
