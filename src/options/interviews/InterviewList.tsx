/** The log's interviews, newest first, each with its interviewers and a way to edit or delete it. */
import { format } from 'date-fns';
import { useMemo, useState } from 'preact/hooks';
import type { StoredInterview as Interview } from '../../storage/types';
import { ROLE_LABEL } from '../../ui/words';
import { editHash } from '../route';
import { INVITE_LABEL, OUTCOME_LABEL } from './labels';

/** A page at a time: a long log opens quickly, and older interviews are one press away. */
const PAGE = 30;

interface Props {
  interviews: Interview[];
  onDelete(interview: Interview): void;
}

export function InterviewList({ interviews, onDelete }: Props) {
  const sorted = useMemo(() => {
    // Each time parsed once, not twice per comparison: a log of 1,000 sorts in about 10,000 of them.
    const times = new Map(interviews.map((interview) => [interview, Date.parse(interview.at)]));
    return [...interviews].sort((a, b) => times.get(b)! - times.get(a)!);
  }, [interviews]);
  const [limit, setLimit] = useState(PAGE);
  if (sorted.length === 0) return <p class="empty">No interviews yet.</p>;
  const left = sorted.length - limit;
  return (
    <>
      <ul class="interviews">
        {sorted.slice(0, limit).map((interview) => (
          <InterviewCard key={interview.id} interview={interview} onDelete={onDelete} />
        ))}
      </ul>
      {left > 0 && (
        <button type="button" class="more" onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, left)} older interviews ({left} not shown)
        </button>
      )}
    </>
  );
}

function InterviewCard({
  interview,
  onDelete,
}: {
  interview: Interview;
  onDelete(interview: Interview): void;
}) {
  return (
    <li class="card interview">
      <div class="interview-head">
        <h2 class="user-text">
          {interview.role} at {interview.company}
        </h2>
        <p class="meta">
          {format(new Date(interview.at), 'EEEE d MMMM yyyy, HH:mm')} · {OUTCOME_LABEL[interview.outcome]}
        </p>
      </div>
      {interview.interviewers.length > 0 && (
        <ul class="people">
          {interview.interviewers.map((person) => (
            <li key={person.id}>
              <span class="user-text">{person.name}</span>{' '}
              <span class="meta">
                {ROLE_LABEL[person.role]} · {INVITE_LABEL[person.invite.state]}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <a class="button" href={editHash(interview.id)}>
          Edit<span class="visually-hidden"> the interview at {interview.company}</span>
        </a>
        <button type="button" onClick={() => onDelete(interview)}>
          Delete<span class="visually-hidden"> the interview at {interview.company}</span>
        </button>
      </div>
    </li>
  );
}
