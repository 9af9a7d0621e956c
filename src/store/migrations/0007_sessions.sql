-- Treatment sessions: what was actually done at a checked-in appointment, timed against
-- the protocol. Exposure timers live here only, so every device shows the same time.

create table treatment_sessions (
  id uuid primary key,
  organisation_id uuid not null,
  appointment_id uuid not null,
  procedure_id text not null,
  method_id text not null,
  practitioner_id uuid not null,
  resource_id uuid,
  status text not null default 'preparing'
    check (status in ('preparing', 'running', 'observing', 'finished')),
  checklist_answers jsonb not null default '{}',
  screening_id uuid,
  started_at timestamptz,
  finished_at timestamptz,
  observation_until timestamptz,
  outcome text not null default '' check (length(outcome) <= 2000),
  notes text not null default '' check (length(notes) <= 4000),
  nitrogen_litres numeric check (nitrogen_litres >= 0),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  foreign key (organisation_id, appointment_id) references appointments (organisation_id, id),
  foreign key (organisation_id, practitioner_id) references memberships (organisation_id, user_id),
  foreign key (organisation_id, resource_id) references resources (organisation_id, id),
  foreign key (organisation_id, screening_id) references screenings (organisation_id, id),
  unique (appointment_id),
  unique (organisation_id, id)
);

create table session_exposures (
  id uuid primary key,
  organisation_id uuid not null,
  session_id uuid not null,
  area text not null check (length(area) between 1 and 200),
  method_id text not null,
  limit_seconds numeric not null check (limit_seconds > 0),
  -- Running while started_at is set; earlier running spans add up in accumulated_ms.
  started_at timestamptz,
  accumulated_ms bigint not null default 0 check (accumulated_ms >= 0),
  stopped_at timestamptz,
  elapsed_ms bigint check (elapsed_ms >= 0),
  temperature_set_c numeric,
  temperature_measured_c numeric,
  overrun_reason text check (length(overrun_reason) between 1 and 1000),
  status text not null default 'running' check (status in ('running', 'paused', 'stopped')),
  created_by uuid references users (id),
  created_at timestamptz not null,
  foreign key (organisation_id, session_id) references treatment_sessions (organisation_id, id)
    on delete cascade,
  unique (organisation_id, id),
  -- A stopped exposure has its final time; past the limit it needs a written reason.
  check ((status = 'stopped') = (elapsed_ms is not null and stopped_at is not null)),
  check (status <> 'stopped' or elapsed_ms <= limit_seconds * 1000 or overrun_reason is not null)
);
create index session_exposures_by_session on session_exposures (organisation_id, session_id, created_at);

create table session_photos (
  id uuid primary key,
  organisation_id uuid not null,
  session_id uuid not null,
  kind text not null check (kind in ('before', 'after')),
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea not null,
  size integer not null check (size between 1 and 8388608),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  created_by uuid references users (id),
  created_at timestamptz not null,
  foreign key (organisation_id, session_id) references treatment_sessions (organisation_id, id)
    on delete cascade,
  check (size = length(bytes)),
  unique (organisation_id, id)
);
create index session_photos_by_session on session_photos (organisation_id, session_id, created_at);
