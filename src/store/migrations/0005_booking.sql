-- Booking: what can be booked (offerings), who and what it needs (practitioners'
-- working hours, resources and their outages), and the appointments themselves.
-- The database, not the application, makes double booking impossible: exclusion
-- constraints hold for every active appointment whatever the number of servers.

-- A resource out of service for a while (maintenance, repair). Half-open ranges.
create table resource_outages (
  id uuid primary key,
  organisation_id uuid not null,
  resource_id uuid not null,
  during tstzrange not null check (not isempty(during) and lower_inc(during) and not upper_inc(during)
    and not lower_inf(during) and not upper_inf(during)),
  reason text not null default '' check (length(reason) <= 300),
  created_at timestamptz not null default now(),
  foreign key (organisation_id, resource_id) references resources (organisation_id, id) on delete cascade
);
create index resource_outages_by_resource on resource_outages using gist (organisation_id, resource_id, during);

-- A procedure of the catalog as one clinic sells it.
create table offerings (
  id uuid primary key,
  organisation_id uuid not null,
  clinic_id uuid not null,
  procedure_id text not null check (procedure_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null check (length(name) between 1 and 200),
  duration_minutes integer not null check (duration_minutes between 5 and 480),
  buffer_before_minutes integer not null default 0 check (buffer_before_minutes between 0 and 120),
  buffer_after_minutes integer not null default 0 check (buffer_after_minutes between 0 and 120),
  -- Resource types it holds for its whole time: a kind ('room', 'cryosauna-cabin', 'dewar')
  -- or 'device:<device kind>' ('device:cryolipolysis-apparatus').
  resource_types text[] not null default '{}',
  -- The performer needs any one of these.
  qualifications text[] not null check (
    cardinality(qualifications) > 0
    and qualifications <@ array['cosmetologist', 'dermatologist', 'otolaryngologist', 'physiotherapist', 'nurse']::text[]
  ),
  price_minor bigint not null check (price_minor >= 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  bookable_online boolean not null default true,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, clinic_id) references clinics (organisation_id, id),
  unique (organisation_id, id)
);
create index offerings_by_clinic on offerings (organisation_id, clinic_id, name);

-- A practitioner's weekly hours at one clinic, in the clinic's local wall-clock time
-- (same shape as clinics.opening_hours).
create table working_hours (
  organisation_id uuid not null,
  user_id uuid not null,
  clinic_id uuid not null,
  hours jsonb not null,
  updated_at timestamptz not null default now(),
  primary key (organisation_id, clinic_id, user_id),
  foreign key (organisation_id, user_id) references memberships (organisation_id, user_id),
  foreign key (organisation_id, clinic_id) references clinics (organisation_id, id)
);

create table time_off (
  id uuid primary key,
  organisation_id uuid not null,
  user_id uuid not null,
  during tstzrange not null check (not isempty(during) and lower_inc(during) and not upper_inc(during)
    and not lower_inf(during) and not upper_inf(during)),
  reason text not null default '' check (length(reason) <= 300),
  created_at timestamptz not null default now(),
  foreign key (organisation_id, user_id) references memberships (organisation_id, user_id)
);
create index time_off_by_user on time_off using gist (organisation_id, user_id, during);

-- Statuses that hold their slot: booked, checked-in, completed. A cancelled
-- appointment or a no-show frees it.
create function appointment_holds_slot(status text) returns boolean
  language sql immutable parallel safe
  as $$ select status in ('booked', 'checked-in', 'completed') $$;

create table appointments (
  id uuid primary key,
  organisation_id uuid not null,
  clinic_id uuid not null,
  client_id uuid not null,
  offering_id uuid not null,
  practitioner_id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  -- What the practitioner and the resources are held for: the session with its buffers.
  blocked tstzrange not null,
  status text not null default 'booked'
    check (status in ('booked', 'checked-in', 'completed', 'cancelled', 'no-show')),
  source text not null check (source in ('staff', 'online')),
  notes text not null default '' check (length(notes) <= 2000),
  price_minor bigint not null check (price_minor >= 0),
  currency char(3) not null,
  -- RFC 5545 SEQUENCE: bumped on every change a calendar should see.
  sequence integer not null default 0,
  cancel_reason text,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at),
  check (blocked @> tstzrange(starts_at, ends_at) and lower_inc(blocked) and not upper_inc(blocked)),
  foreign key (organisation_id, clinic_id) references clinics (organisation_id, id),
  foreign key (organisation_id, client_id) references clients (organisation_id, id),
  foreign key (organisation_id, offering_id) references offerings (organisation_id, id),
  foreign key (organisation_id, practitioner_id) references memberships (organisation_id, user_id),
  unique (organisation_id, id),
  constraint appointments_practitioner_free exclude using gist
    (organisation_id with =, practitioner_id with =, blocked with &&)
    where (appointment_holds_slot(status)),
  constraint appointments_client_free exclude using gist
    (organisation_id with =, client_id with =, tstzrange(starts_at, ends_at) with &&)
    where (appointment_holds_slot(status))
);
create index appointments_by_clinic_time on appointments using gist (organisation_id, clinic_id, blocked);
create index appointments_by_client on appointments (organisation_id, client_id, starts_at);
-- A practitioner's calendar feed reads every status, which the exclusion index (active only) cannot serve.
create index appointments_by_practitioner on appointments (organisation_id, practitioner_id, starts_at);

-- The resources an appointment holds. blocked and holds_slot are copies of the
-- appointment's, kept by triggers, because an exclusion constraint sees one table.
create table appointment_resources (
  organisation_id uuid not null,
  appointment_id uuid not null,
  resource_id uuid not null,
  blocked tstzrange not null,
  holds_slot boolean not null,
  primary key (appointment_id, resource_id),
  foreign key (organisation_id, appointment_id) references appointments (organisation_id, id) on delete cascade,
  foreign key (organisation_id, resource_id) references resources (organisation_id, id),
  constraint appointment_resources_free exclude using gist
    (organisation_id with =, resource_id with =, blocked with &&)
    where (holds_slot)
);

create function appointment_resources_copy() returns trigger language plpgsql as $$
begin
  select a.blocked, appointment_holds_slot(a.status) into new.blocked, new.holds_slot
    from appointments a where a.id = new.appointment_id;
  return new;
end $$;
create trigger appointment_resources_copy before insert or update on appointment_resources
  for each row execute function appointment_resources_copy();

create function appointments_sync_resources() returns trigger language plpgsql as $$
begin
  update appointment_resources set blocked = new.blocked, holds_slot = appointment_holds_slot(new.status)
    where appointment_id = new.id;
  return new;
end $$;
create trigger appointments_sync_resources after update of blocked, status on appointments
  for each row execute function appointments_sync_resources();

-- iCalendar subscriptions. Only the token's SHA-256 is stored; revoking ends the feed.
create table calendar_feeds (
  id uuid primary key,
  organisation_id uuid not null,
  owner_kind text not null check (owner_kind in ('practitioner', 'client')),
  user_id uuid,
  client_id uuid,
  token_hash text not null unique,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  check ((owner_kind = 'practitioner') = (user_id is not null and client_id is null)),
  check ((owner_kind = 'client') = (client_id is not null and user_id is null)),
  foreign key (organisation_id, user_id) references memberships (organisation_id, user_id),
  foreign key (organisation_id, client_id) references clients (organisation_id, id)
);
create index calendar_feeds_by_owner on calendar_feeds (organisation_id, owner_kind, user_id, client_id);

-- Outbox of reminder messages. A message is claimed before it is handed to the
-- transport and marked sent after, so a message is never handed over twice.
create table reminders (
  id uuid primary key,
  organisation_id uuid not null,
  appointment_id uuid not null,
  channel text not null check (channel in ('email', 'sms')),
  recipient text not null check (length(recipient) between 3 and 320),
  -- which reminder of the appointment ('24h', '2h'); one of each per channel
  kind text not null,
  send_at timestamptz not null,
  status text not null default 'pending'
    check (status in ('pending', 'sending', 'sent', 'cancelled', 'failed', 'unknown')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  claimed_until timestamptz,
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  foreign key (organisation_id, appointment_id) references appointments (organisation_id, id) on delete cascade
);
create index reminders_due on reminders (next_attempt_at) where status = 'pending';
create index reminders_by_appointment on reminders (organisation_id, appointment_id);
create unique index reminders_one_per_slot on reminders (appointment_id, channel, kind, send_at)
  where status in ('pending', 'sending', 'sent');
-- Each delivery pass looks for claims whose lease ran out.
create index reminders_leased on reminders (claimed_until) where status = 'sending';
