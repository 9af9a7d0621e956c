import type { ColumnType, Generated } from "kysely";

// Row types of the tables, as Kysely sees them. Kept by hand beside the SQL migrations.

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type TimestampWithDefault = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface OpeningInterval {
  open: string;
  close: string;
}
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
export type OpeningHours = Record<Weekday, OpeningInterval[]>;

export interface OrganisationsTable {
  id: string;
  name: string;
  created_at: TimestampWithDefault;
}

export interface ClinicsTable {
  id: string;
  organisation_id: string;
  name: string;
  city: string;
  address: string;
  time_zone: string;
  currency: string;
  opening_hours: Json<OpeningHours>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface ClinicClosuresTable {
  id: string;
  organisation_id: string;
  clinic_id: string;
  starts_on: string;
  ends_on: string;
  reason: string;
}

export interface ResourcesTable {
  id: string;
  organisation_id: string;
  clinic_id: string;
  name: string;
  kind: string;
  device_kind: string | null;
  active: Generated<boolean>;
  created_at: TimestampWithDefault;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  language: string;
  created_at: TimestampWithDefault;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  roles: string[];
  qualifications: string[];
  active: Generated<boolean>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface InvitationsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  token_hash: string;
  created_at: TimestampWithDefault;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
}

export interface LoginSessionsTable {
  id: string;
  token_hash: string;
  csrf_token: string;
  organisation_id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  email: string;
  ip: string;
  at: Timestamp;
}

export interface ClientsTable {
  id: string;
  organisation_id: string;
  first_name: string;
  last_name: string;
  middle_name: string | null;
  birth_date: string | null;
  sex: string | null;
  phone: string | null;
  email: string | null;
  language: string;
  notes: string;
  consent_data_processing: boolean;
  consent_marketing: boolean;
  consent_photos: boolean;
  archived_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  organisation_id: string;
  at: Timestamp;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  ip: string | null;
  user_agent: string | null;
  details: Json<Record<string, unknown>>;
}

export interface IdempotencyKeysTable {
  organisation_id: string;
  key: string;
  route: string;
  request_hash: string;
  status_code: number;
  response: Json<unknown>;
  created_at: Timestamp;
}

export interface PriceListEntriesTable {
  id: string;
  organisation_id: string;
  clinic_name: string;
  city: string;
  address: string;
  procedure_id: string;
  amount: ColumnType<string, number, number>;
  currency: string;
  source_file: string;
  source_line: number;
  imported_at: Timestamp;
}

export interface ClinicProtocolsTable {
  organisation_id: string;
  clinic_id: string;
  procedure_id: string;
  protocol_values: Json<Record<string, unknown>>;
  off_label_reason: string | null;
  deviations: Json<unknown[]>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ScreeningsTable {
  id: string;
  seq: Generated<string>;
  organisation_id: string;
  client_id: string;
  kind: string;
  screening_date: string;
  request: Json<unknown>;
  results: Json<unknown>;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface ScreeningReviewsTable {
  id: string;
  organisation_id: string;
  screening_id: string;
  procedure_id: string;
  reason: string;
  reviewed_by: string;
  reviewed_at: Timestamp;
}

/** A tstzrange as Postgres prints it; written with sql`tstzrange(start, end, '[)')`. */
type Range = ColumnType<string, string, string>;
type Int8 = ColumnType<string, number | string, number | string>;

export interface ResourceOutagesTable {
  id: string;
  organisation_id: string;
  resource_id: string;
  during: Range;
  reason: string;
  created_at: TimestampWithDefault;
}

export interface OfferingsTable {
  id: string;
  organisation_id: string;
  clinic_id: string;
  procedure_id: string;
  name: string;
  duration_minutes: number;
  buffer_before_minutes: number;
  buffer_after_minutes: number;
  resource_types: ColumnType<string[], string[] | undefined, string[]>;
  qualifications: string[];
  price_minor: Int8;
  currency: string;
  bookable_online: Generated<boolean>;
  active: Generated<boolean>;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface WorkingHoursTable {
  organisation_id: string;
  user_id: string;
  clinic_id: string;
  hours: Json<OpeningHours>;
  updated_at: TimestampWithDefault;
}

export interface TimeOffTable {
  id: string;
  organisation_id: string;
  user_id: string;
  during: Range;
  reason: string;
  created_at: TimestampWithDefault;
}

export interface AppointmentsTable {
  id: string;
  organisation_id: string;
  clinic_id: string;
  client_id: string;
  offering_id: string;
  practitioner_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  blocked: Range;
  status: ColumnType<string, string | undefined, string>;
  source: string;
  notes: ColumnType<string, string | undefined, string>;
  price_minor: Int8;
  currency: string;
  sequence: ColumnType<number, number | undefined, number>;
  cancel_reason: string | null;
  course_id: ColumnType<string | null, string | null | undefined, string | null>;
  course_session: ColumnType<number | null, number | null | undefined, number | null>;
  created_by: string | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface CoursesTable {
  id: string;
  organisation_id: string;
  clinic_id: string;
  client_id: string;
  offering_id: string;
  name: string;
  sessions: number;
  rules: Json<unknown>;
  preferences: Json<unknown>;
  status: ColumnType<string, string | undefined, string>;
  paused_reason: string | null;
  paused_by_adverse_event: string | null;
  paused_at: Date | null;
  created_by: string | null;
  created_at: TimestampWithDefault;
  updated_at: TimestampWithDefault;
}

export interface AppointmentResourcesTable {
  organisation_id: string;
  appointment_id: string;
  resource_id: string;
  /** Copied from the appointment by a trigger; any value written is replaced. */
  blocked: ColumnType<string, string | undefined, never>;
  holds_slot: ColumnType<boolean, boolean | undefined, never>;
}

export interface CalendarFeedsTable {
  id: string;
  organisation_id: string;
  owner_kind: "practitioner" | "client";
  user_id: string | null;
  client_id: string | null;
  token_hash: string;
  created_by: string | null;
  created_at: TimestampWithDefault;
  revoked_at: Date | null;
}

export interface RemindersTable {
  id: string;
  organisation_id: string;
  appointment_id: string;
  channel: "email" | "sms";
  recipient: string;
  kind: string;
  send_at: Timestamp;
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  claimed_until: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  created_at: TimestampWithDefault;
}

export interface TreatmentSessionsTable {
  id: string;
  organisation_id: string;
  appointment_id: string;
  procedure_id: string;
  method_id: string;
  practitioner_id: string;
  resource_id: string | null;
  status: ColumnType<string, string | undefined, string>;
  checklist_answers: Json<Record<string, unknown>>;
  screening_id: string | null;
  started_at: Date | null;
  finished_at: Date | null;
  observation_until: Date | null;
  outcome: ColumnType<string, string | undefined, string>;
  notes: ColumnType<string, string | undefined, string>;
  /** numeric: Postgres returns it as text. */
  nitrogen_litres: ColumnType<string | null, number | null | undefined, number | null>;
  discharged_at: Date | null;
  discharged_by: string | null;
  discharge_note: string | null;
  early_discharge_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionExposuresTable {
  id: string;
  organisation_id: string;
  session_id: string;
  area: string;
  method_id: string;
  limit_seconds: ColumnType<string, number, number>;
  started_at: Date | null;
  accumulated_ms: Int8;
  stopped_at: Date | null;
  elapsed_ms: ColumnType<string | null, number | null | undefined, number | null>;
  temperature_set_c: ColumnType<string | null, number | null | undefined, number | null>;
  temperature_measured_c: ColumnType<string | null, number | null | undefined, number | null>;
  overrun_reason: string | null;
  status: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface SessionPhotosTable {
  id: string;
  organisation_id: string;
  session_id: string;
  kind: "before" | "after";
  content_type: string;
  bytes: Buffer;
  size: number;
  sha256: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AdverseEventsTable {
  id: string;
  organisation_id: string;
  client_id: string;
  appointment_id: string | null;
  type: string;
  severity: string;
  onset_at: Timestamp;
  description: string;
  actions: ColumnType<string, string | undefined, string>;
  follow_up: ColumnType<string, string | undefined, string>;
  recorded_by: string | null;
  recorded_at: TimestampWithDefault;
  recovered_at: Timestamp | null;
  recovered_by: string | null;
  recovery_note: string | null;
}

export interface DB {
  organisations: OrganisationsTable;
  clinics: ClinicsTable;
  clinic_closures: ClinicClosuresTable;
  resources: ResourcesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  login_sessions: LoginSessionsTable;
  login_failures: LoginFailuresTable;
  clients: ClientsTable;
  audit_log: AuditLogTable;
  idempotency_keys: IdempotencyKeysTable;
  price_list_entries: PriceListEntriesTable;
  clinic_protocols: ClinicProtocolsTable;
  screenings: ScreeningsTable;
  screening_reviews: ScreeningReviewsTable;
  resource_outages: ResourceOutagesTable;
  offerings: OfferingsTable;
  working_hours: WorkingHoursTable;
  time_off: TimeOffTable;
  appointments: AppointmentsTable;
  appointment_resources: AppointmentResourcesTable;
  calendar_feeds: CalendarFeedsTable;
  reminders: RemindersTable;
  courses: CoursesTable;
  adverse_events: AdverseEventsTable;
  treatment_sessions: TreatmentSessionsTable;
  session_exposures: SessionExposuresTable;
  session_photos: SessionPhotosTable;
}
