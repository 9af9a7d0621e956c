-- A clinic's own protocol values per procedure. Off-label values (outside the catalog's
-- documented range) are kept with the reason given; the audit log keeps the history.

create table clinic_protocols (
  organisation_id uuid not null,
  clinic_id uuid not null,
  procedure_id text not null,
  protocol_values jsonb not null,
  off_label_reason text,
  -- the fields outside the documented range when saved, with those ranges
  deviations jsonb not null default '[]',
  updated_at timestamptz not null,
  updated_by uuid references users (id),
  primary key (organisation_id, clinic_id, procedure_id),
  foreign key (organisation_id, clinic_id) references clinics (organisation_id, id),
  check ((off_label_reason is null) = (deviations = '[]'::jsonb))
);
