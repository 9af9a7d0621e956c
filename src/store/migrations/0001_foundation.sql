-- Foundation: organisations, clinics, staff, clients, login sessions and the audit log.
-- Every business row carries its organisation; composite foreign keys make a row
-- unable to point at another organisation's row.

create extension if not exists btree_gist;

create table organisations (
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now()
);

create table clinics (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 200),
  city text not null check (length(city) between 1 and 100),
  address text not null default '',
  time_zone text not null,
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  -- {"mon":[{"open":"09:00","close":"21:00"}], ...}: local wall-clock times in time_zone
  opening_hours jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id)
);

create table clinic_closures (
  id uuid primary key,
  organisation_id uuid not null,
  clinic_id uuid not null,
  starts_on date not null,
  ends_on date not null,
  reason text not null default '',
  check (ends_on >= starts_on),
  foreign key (organisation_id, clinic_id) references clinics (organisation_id, id) on delete cascade
);
create index clinic_closures_clinic on clinic_closures (organisation_id, clinic_id, starts_on);

create table resources (
  id uuid primary key,
  organisation_id uuid not null,
  clinic_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  kind text not null check (kind in ('room', 'cryosauna-cabin', 'device', 'dewar')),
  device_kind text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  check ((kind = 'device') = (device_kind is not null)),
  foreign key (organisation_id, clinic_id) references clinics (organisation_id, id),
  unique (organisation_id, id)
);

create table users (
  id uuid primary key,
  email text not null check (email = lower(email) and position('@' in email) > 1),
  name text not null check (length(name) between 1 and 200),
  -- argon2id; null until an invited user sets a password
  password_hash text,
  language text not null default 'ru' check (language in ('en', 'ru')),
  created_at timestamptz not null default now()
);
create unique index users_email on users (email);

create table memberships (
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  roles text[] not null check (
    cardinality(roles) > 0 and roles <@ array['owner', 'admin', 'receptionist', 'practitioner']::text[]
  ),
  qualifications text[] not null default '{}' check (
    qualifications <@ array['cosmetologist', 'dermatologist', 'otolaryngologist', 'physiotherapist', 'nurse']::text[]
  ),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);

create table invitations (
  id uuid primary key,
  organisation_id uuid not null,
  user_id uuid not null,
  token_hash text not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  foreign key (organisation_id, user_id) references memberships (organisation_id, user_id)
);

create table login_sessions (
  id uuid primary key,
  -- only the SHA-256 of the cookie token is stored
  token_hash text not null unique,
  csrf_token text not null,
  organisation_id uuid not null,
  user_id uuid not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  ip text,
  user_agent text,
  foreign key (organisation_id, user_id) references memberships (organisation_id, user_id)
);
create index login_sessions_user on login_sessions (organisation_id, user_id);

-- Failed logins, for throttling. Not business data: no organisation is known yet.
create table login_failures (
  email text not null,
  ip text not null,
  at timestamptz not null
);
create index login_failures_email on login_failures (email, at);
create index login_failures_ip on login_failures (ip, at);

create table clients (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  first_name text not null check (length(first_name) between 1 and 100),
  last_name text not null check (length(last_name) between 1 and 100),
  middle_name text,
  birth_date date,
  sex text check (sex in ('female', 'male')),
  phone text,
  email text,
  language text not null default 'ru' check (language in ('en', 'ru')),
  notes text not null default '',
  consent_data_processing boolean not null default false,
  consent_marketing boolean not null default false,
  consent_photos boolean not null default false,
  archived_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, id)
);
create index clients_by_name on clients (organisation_id, lower(last_name), lower(first_name), id);

create table audit_log (
  id bigint generated always as identity primary key,
  organisation_id uuid not null references organisations (id),
  at timestamptz not null,
  -- null actor: the system itself (CLI, seeding)
  actor_user_id uuid references users (id),
  actor_label text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  ip text,
  user_agent text,
  details jsonb not null default '{}'
);
create index audit_log_entity on audit_log (organisation_id, entity_type, entity_id, at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_log_no_update_delete before update or delete on audit_log
  for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();

-- Idempotency-Key replay store for creating POSTs.
create table idempotency_keys (
  organisation_id uuid not null references organisations (id),
  key text not null,
  route text not null,
  request_hash text not null,
  status_code integer not null,
  response jsonb not null,
  created_at timestamptz not null,
  primary key (organisation_id, key)
);
