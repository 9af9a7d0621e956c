-- Screenings of a client: what was asked and measured, by whom, and the verdict per
-- procedure. Clinical records: never updated or deleted. A needs-review verdict is
-- cleared by a physician's review, kept beside it.

create table screenings (
  id uuid primary key,
  -- the order screenings were recorded in, even when two share a timestamp
  seq bigint generated always as identity,
  organisation_id uuid not null,
  client_id uuid not null,
  kind text not null check (kind in ('intake', 'pre-session')),
  screening_date date not null,
  request jsonb not null,
  results jsonb not null,
  recorded_by uuid references users (id),
  recorded_at timestamptz not null,
  foreign key (organisation_id, client_id) references clients (organisation_id, id),
  unique (organisation_id, id)
);
create index screenings_client on screenings (organisation_id, client_id, seq desc);

create table screening_reviews (
  id uuid primary key,
  organisation_id uuid not null,
  screening_id uuid not null,
  procedure_id text not null,
  reason text not null check (length(reason) >= 10),
  reviewed_by uuid not null references users (id),
  reviewed_at timestamptz not null,
  foreign key (organisation_id, screening_id) references screenings (organisation_id, id),
  unique (organisation_id, screening_id, procedure_id)
);

create function screenings_are_records() returns trigger language plpgsql as $$
begin
  raise exception '% is a clinical record: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger screenings_no_update_delete before update or delete on screenings
  for each row execute function screenings_are_records();
create trigger screening_reviews_no_update_delete before update or delete on screening_reviews
  for each row execute function screenings_are_records();
