-- Treatment courses: many sessions of one offering for one client, planned under
-- spacing rules and booked all at once. Each session is an appointment of the course.

create table courses (
  id uuid primary key,
  organisation_id uuid not null,
  clinic_id uuid not null,
  client_id uuid not null,
  offering_id uuid not null,
  name text not null check (length(name) between 1 and 200),
  sessions integer not null check (sessions between 1 and 60),
  -- The rules it was planned under (spacing, provenance of every value) and the client's preferences.
  rules jsonb not null,
  preferences jsonb not null,
  status text not null default 'active' check (status in ('active', 'paused', 'completed', 'cancelled')),
  paused_reason text check (length(paused_reason) <= 500),
  paused_at timestamptz,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (organisation_id, clinic_id) references clinics (organisation_id, id),
  foreign key (organisation_id, client_id) references clients (organisation_id, id),
  foreign key (organisation_id, offering_id) references offerings (organisation_id, id),
  unique (organisation_id, id)
);
create index courses_by_client on courses (organisation_id, client_id, created_at);

-- A paused course's remaining sessions are suspended: they keep their place in the
-- course but no longer hold a slot.
alter table appointments drop constraint appointments_status_check;
alter table appointments add constraint appointments_status_check
  check (status in ('booked', 'checked-in', 'completed', 'cancelled', 'no-show', 'suspended'));

alter table appointments add column course_id uuid;
alter table appointments add column course_session integer check (course_session between 1 and 60);
alter table appointments add constraint appointments_course_fk
  foreign key (organisation_id, course_id) references courses (organisation_id, id);
alter table appointments add constraint appointments_course_session_pair
  check ((course_id is null) = (course_session is null));
-- One appointment per session number of a course among those that still count.
create unique index appointments_one_per_course_session on appointments (course_id, course_session)
  where course_id is not null and status in ('booked', 'checked-in', 'completed', 'suspended');
create index appointments_by_course on appointments (organisation_id, course_id, course_session);
