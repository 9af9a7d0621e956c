-- Discharge ends a session's observation: the practitioner records the client's condition
-- when they leave. Leaving before the observation time is over needs a written reason.

alter table treatment_sessions
  add column discharged_at timestamptz,
  add column discharged_by uuid references users (id),
  add column discharge_note text check (length(discharge_note) between 1 and 2000),
  add column early_discharge_reason text check (length(early_discharge_reason) between 1 and 1000);

alter table treatment_sessions
  -- A finished session is a discharged one, and a discharge always says how the client was.
  add constraint treatment_sessions_finished_is_discharged
    check ((status = 'finished') = (discharged_at is not null)),
  add constraint treatment_sessions_discharge_has_note
    check ((discharged_at is null) = (discharge_note is null)),
  add constraint treatment_sessions_early_discharge_has_reason
    check (discharged_at is null or discharged_at >= observation_until or early_discharge_reason is not null);
