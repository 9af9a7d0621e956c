-- Adverse events after a cold procedure. An unrecovered event blocks booking the client
-- into any cold procedure until a practitioner records recovery.

create table adverse_events (
  id uuid primary key,
  organisation_id uuid not null,
  client_id uuid not null,
  appointment_id uuid,
  type text not null check (type in ('frostbite', 'cold-burn', 'dermatitis', 'pigmentation-change',
    'pain', 'oedema', 'allergic-reaction', 'nerve-damage', 'other')),
  severity text not null check (severity in ('mild', 'moderate', 'severe')),
  onset_at timestamptz not null,
  description text not null check (length(description) between 1 and 2000),
  actions text not null default '' check (length(actions) <= 2000),
  follow_up text not null default '' check (length(follow_up) <= 2000),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  recovered_at timestamptz,
  recovered_by uuid references users (id),
  recovery_note text check (length(recovery_note) between 1 and 2000),
  foreign key (organisation_id, client_id) references clients (organisation_id, id),
  foreign key (organisation_id, appointment_id) references appointments (organisation_id, id),
  unique (organisation_id, id),
  check ((recovered_at is null) = (recovery_note is null))
);
-- The booking gate asks "does this client have an event not yet recovered from?".
create index adverse_events_unrecovered on adverse_events (organisation_id, client_id)
  where recovered_at is null;
create index adverse_events_by_client on adverse_events (organisation_id, client_id, onset_at);
