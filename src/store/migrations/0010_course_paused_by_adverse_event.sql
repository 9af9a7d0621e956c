-- A course paused by an adverse event names the event instead of a sentence in one
-- language, so every reader sees the cause in theirs and can follow it to the event.
alter table courses add column paused_by_adverse_event uuid;
alter table courses
  add constraint courses_paused_by_adverse_event_fkey
  foreign key (organisation_id, paused_by_adverse_event) references adverse_events (organisation_id, id);
alter table courses
  add constraint courses_paused_by_adverse_event_only_paused
  check (paused_by_adverse_event is null or status = 'paused');
