-- A course paused by an adverse event names the event instead of a sentence in one
-- language, so every reader sees the cause in theirs and can follow it to the event.
alter table courses add column paused_by_adverse_event uuid;
alter table courses
  add constraint courses_paused_by_adverse_event_fkey
  foreign key (organisation_id, paused_by_adverse_event) references adverse_events (organisation_id, id);
alter table courses
  add constraint courses_paused_by_adverse_event_only_paused
  check (paused_by_adverse_event is null or status = 'paused');

-- Courses an adverse event paused before this column existed carry the event's id in their
-- reason ("Adverse event (cold-burn, moderate) <id>"): they name the event from now on.
update courses c
set paused_by_adverse_event = x.event_id, paused_reason = null
from (
  select id, organisation_id, (regexp_match(paused_reason, '^Adverse event \(.+\) ([0-9a-f-]{36})$'))[1]::uuid as event_id
  from courses
  where status = 'paused'
) x
where x.id = c.id
  and x.event_id is not null
  and exists (select 1 from adverse_events e where e.organisation_id = x.organisation_id and e.id = x.event_id);
