// The slice of FHIR R4 (4.0.1) that the patient record export writes: only the elements
// Cryodesk fills. Element names and cardinalities follow the specification so that what
// type-checks here is what the R4 StructureDefinitions accept.

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  /** `Type/id` for a resource on the server, `urn:uuid:…` inside a Bundle, `#id` for a contained one. */
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Quantity {
  value: number;
  unit?: string;
  system?: string;
  code?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface Annotation {
  time?: string;
  text: string;
}

export interface Extension {
  url: string;
  valueString?: string;
  valueCodeableConcept?: CodeableConcept;
}

export interface HumanName {
  use?: "usual" | "official" | "temp" | "nickname" | "anonymous" | "old" | "maiden";
  text?: string;
  family?: string;
  given?: string[];
}

export interface ContactPoint {
  system?: "phone" | "fax" | "email" | "pager" | "url" | "sms" | "other";
  value?: string;
  use?: "home" | "work" | "temp" | "old" | "mobile";
}

interface ResourceBase {
  id?: string;
  meta?: { lastUpdated?: string };
  extension?: Extension[];
}

export interface Patient extends ResourceBase {
  resourceType: "Patient";
  active?: boolean;
  name?: HumanName[];
  telecom?: ContactPoint[];
  gender?: "male" | "female" | "other" | "unknown";
  birthDate?: string;
  communication?: { language: CodeableConcept; preferred?: boolean }[];
}

export interface Practitioner extends ResourceBase {
  resourceType: "Practitioner";
  name?: HumanName[];
}

export interface Device extends ResourceBase {
  resourceType: "Device";
  identifier?: Identifier[];
  deviceName?: { name: string; type: "udi-label-name" | "user-friendly-name" | "model-name" | "other" }[];
  type?: CodeableConcept;
  patient?: Reference;
}

export interface Condition extends ResourceBase {
  resourceType: "Condition";
  clinicalStatus?: CodeableConcept;
  verificationStatus?: CodeableConcept;
  category?: CodeableConcept[];
  code?: CodeableConcept;
  bodySite?: CodeableConcept[];
  subject: Reference;
  recordedDate?: string;
}

export interface ConsentProvision {
  type?: "deny" | "permit";
  purpose?: Coding[];
  code?: CodeableConcept[];
  provision?: ConsentProvision[];
}

export interface Consent extends ResourceBase {
  resourceType: "Consent";
  status: "draft" | "proposed" | "active" | "rejected" | "inactive" | "entered-in-error";
  scope: CodeableConcept;
  category: CodeableConcept[];
  patient?: Reference;
  dateTime?: string;
  policyRule?: CodeableConcept;
  provision?: ConsentProvision;
}

export interface AppointmentParticipant {
  actor?: Reference;
  required?: "required" | "optional" | "information-only";
  status: "accepted" | "declined" | "tentative" | "needs-action";
}

export type AppointmentStatusCode =
  | "proposed"
  | "pending"
  | "booked"
  | "arrived"
  | "fulfilled"
  | "cancelled"
  | "noshow"
  | "entered-in-error"
  | "checked-in"
  | "waitlist";

export interface Appointment extends ResourceBase {
  resourceType: "Appointment";
  status: AppointmentStatusCode;
  cancelationReason?: CodeableConcept;
  serviceType?: CodeableConcept[];
  description?: string;
  start?: string;
  end?: string;
  created?: string;
  comment?: string;
  participant: AppointmentParticipant[];
}

export type EventStatus =
  | "preparation"
  | "in-progress"
  | "not-done"
  | "on-hold"
  | "stopped"
  | "completed"
  | "entered-in-error"
  | "unknown";

export interface Procedure extends ResourceBase {
  resourceType: "Procedure";
  contained?: Device[];
  status: EventStatus;
  category?: CodeableConcept;
  code?: CodeableConcept;
  subject: Reference;
  performedPeriod?: Period;
  performer?: { actor: Reference }[];
  bodySite?: CodeableConcept[];
  outcome?: CodeableConcept;
  note?: Annotation[];
  usedReference?: Reference[];
}

export interface ObservationComponent {
  code: CodeableConcept;
  valueQuantity?: Quantity;
}

export interface Observation extends ResourceBase {
  resourceType: "Observation";
  partOf?: Reference[];
  status:
    | "registered"
    | "preliminary"
    | "final"
    | "amended"
    | "corrected"
    | "cancelled"
    | "entered-in-error"
    | "unknown";
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  performer?: Reference[];
  valueQuantity?: Quantity;
  interpretation?: CodeableConcept[];
  bodySite?: CodeableConcept;
  method?: CodeableConcept;
  referenceRange?: { high?: Quantity; text?: string }[];
  component?: ObservationComponent[];
}

export interface AdverseEvent extends ResourceBase {
  resourceType: "AdverseEvent";
  actuality: "actual" | "potential";
  event?: CodeableConcept;
  subject: Reference;
  date?: string;
  seriousness?: CodeableConcept;
  severity?: CodeableConcept;
  recorder?: Reference;
  suspectEntity?: { instance: Reference }[];
}

/** One answer: exactly one value[x] is set. */
export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueString?: string;
  valueCoding?: Coding;
  valueQuantity?: Quantity;
}

/** A question with its answers, or a group of items (a repeating group repeats its linkId). */
export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse extends ResourceBase {
  resourceType: "QuestionnaireResponse";
  partOf?: Reference[];
  /** A canonical URL: Bundles do not resolve it, so it needs no entry of its own. */
  questionnaire?: string;
  status: "in-progress" | "completed" | "amended" | "entered-in-error" | "stopped";
  subject?: Reference;
  authored?: string;
  author?: Reference;
  item?: QuestionnaireResponseItem[];
}

export type FhirResource =
  | Patient
  | Practitioner
  | Device
  | Condition
  | Consent
  | Appointment
  | Procedure
  | Observation
  | AdverseEvent
  | QuestionnaireResponse;

export interface BundleEntry {
  fullUrl: string;
  resource: FhirResource;
  search: { mode: "match" | "include" };
}

export interface Bundle {
  resourceType: "Bundle";
  id?: string;
  type: "searchset";
  timestamp?: string;
  total: number;
  entry: BundleEntry[];
}
