-- Clinics' own price lists, imported from CSV. They join the seed articles' prices in
-- the public price directory; each row keeps which organisation imported it and from where.

create table price_list_entries (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  clinic_name text not null check (length(clinic_name) between 1 and 200),
  city text not null check (length(city) between 1 and 100),
  address text not null,
  procedure_id text not null,
  amount bigint not null check (amount > 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  source_file text not null,
  source_line integer not null check (source_line > 0),
  imported_at timestamptz not null
);
create index price_list_entries_procedure on price_list_entries (procedure_id, city);
