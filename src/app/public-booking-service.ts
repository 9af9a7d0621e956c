import { z } from "zod";
import type { Actor } from "../domain/actor.ts";
import { instant } from "../domain/booking/appointments.ts";
import { localDateOf } from "../domain/booking/local-time.ts";
import { clientCreateSchema, phone } from "../domain/clients.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import { parseOrThrow, uuid } from "../domain/validation.ts";
import { findBookableOffering } from "../store/availability-store.ts";
import { findClinic, findClinicOrganisation } from "../store/clinic-store.ts";
import { onlineOfferings } from "../store/public-booking-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { appointmentView, book, resolveSlot } from "./appointment-service.ts";
import { type AvailabilityRequest, availabilityFor } from "./availability-service.ts";
import { createClientIn } from "./client-service.ts";
import type { AppDeps } from "./deps.ts";
import { recordScreening, screenAnonymous } from "./screening-service.ts";

// Self-booking of one session by a visitor: no login, so the clinic's id tells the
// organisation, the visitor's answers are screened before anything is stored, and
// the booking itself runs through the same use case as the front desk's.

const PUBLIC_WINDOW_DAYS = 31;

async function organisationOf(deps: AppDeps, clinicId: string): Promise<string> {
  const organisationId = await findClinicOrganisation(deps.db, clinicId);
  if (!organisationId) throw notFound("clinic");
  return organisationId;
}

export async function publicClinic(deps: AppDeps, clinicId: string) {
  const organisationId = await organisationOf(deps, clinicId);
  const clinic = await findClinic(deps.db, organisationId, clinicId);
  if (!clinic) throw notFound("clinic");
  const offerings = await onlineOfferings(deps.db, organisationId, clinicId);
  return {
    id: clinic.id,
    name: clinic.name,
    city: clinic.city,
    address: clinic.address,
    timeZone: clinic.timeZone,
    currency: clinic.currency,
    openingHours: clinic.openingHours,
    offerings,
  };
}

async function onlineOffering(deps: AppDeps, organisationId: string, clinicId: string, offeringId: string) {
  const offering = await findBookableOffering(deps.db, organisationId, offeringId);
  if (!offering || offering.clinicId !== clinicId || !offering.bookableOnline) throw notFound("offering");
  return offering;
}

/** Free starts for visitors: times only, never who works when. */
export async function publicAvailability(
  deps: AppDeps,
  clinicId: string,
  request: AvailabilityRequest,
  now: Date,
) {
  const organisationId = await organisationOf(deps, clinicId);
  await onlineOffering(deps, organisationId, clinicId, request.offering);
  const { practitioner: _chosenByTheClinic, ...query } = request;
  const result = await availabilityFor(deps, organisationId, clinicId, query, now, PUBLIC_WINDOW_DAYS);
  return {
    timeZone: result.timeZone,
    offeringId: result.offeringId,
    slots: result.slots.map(({ start, end }) => ({ start, end })),
  };
}

const visitorSchema = clientCreateSchema
  .pick({ firstName: true, lastName: true, birthDate: true, sex: true, email: true, language: true })
  .extend({ phone });

export const publicBookingSchema = z.strictObject({
  offeringId: uuid,
  start: instant,
  client: visitorSchema,
  /** The screening request (conditions, vitals…) as POST /api/v1/screenings takes it. */
  screening: z.record(z.string(), z.unknown()),
  consentDataProcessing: z.literal(true, {
    message: "Consent to the processing of your data is needed to book.",
  }),
});

const REFUSALS = {
  contraindicated:
    "This procedure is not suitable for you according to your answers. Please call the clinic.",
  postpone: "According to your answers this procedure has to wait. Please call the clinic.",
  "needs-review":
    "A doctor of the clinic has to look at your answers before this procedure. Please call the clinic.",
} as const;

/** Who books online: the organisation's own system, acting for a visitor. */
export async function onlineActor(
  deps: AppDeps,
  clinicId: string,
  request: { now: Date; ip: string | null; userAgent: string | null },
): Promise<Actor> {
  return {
    organisationId: await organisationOf(deps, clinicId),
    userId: null,
    label: "online booking",
    roles: ["receptionist"],
    ip: request.ip,
    userAgent: request.userAgent,
    now: request.now,
  };
}

/**
 * Books one session for a visitor. Everything that can refuse is checked before anything
 * is stored: the answers (screened on the spot) and the time. Only then are the client,
 * their intake screening and the appointment written. Every online booking creates its
 * own client record: matching a visitor to an existing client by name and phone would let
 * anyone who knows them book into that record and replace its screening.
 */
export async function publicBook(deps: AppDeps, actor: Actor, clinicId: string, body: unknown) {
  const input = parseOrThrow(publicBookingSchema, body);
  const offering = await onlineOffering(deps, actor.organisationId, clinicId, input.offeringId);
  const clinic = await findClinic(deps.db, actor.organisationId, clinicId);
  if (!clinic) throw notFound("clinic");
  const subject = {
    ...(input.client.birthDate && { birthDate: input.client.birthDate }),
    ...(input.client.sex && { sex: input.client.sex }),
  };
  const screening = { ...input.screening, subject: { ...subject, ...(input.screening.subject as object) } };
  const verdict = screenAnonymous(
    { ...screening, procedures: [offering.procedureId] },
    localDateOf(input.start.getTime(), clinic.timeZone),
  ).results.find((result) => result.procedureId === offering.procedureId);
  if (verdict && verdict.verdict in REFUSALS) {
    const code = verdict.verdict === "postpone" ? "postponed" : verdict.verdict;
    throw new DomainError("unprocessable", code, REFUSALS[verdict.verdict as keyof typeof REFUSALS], {
      until: verdict.until,
    });
  }
  const start = input.start.getTime();
  const appointmentId = await (async () => {
    await resolveSlot(deps, actor.organisationId, offering, start, {}, { notBefore: actor.now.getTime() });
    const clientId = await newVisitor(deps, actor, input.client);
    await recordScreening(deps, actor, clientId, screening, { kind: "intake" });
    return book(deps, actor, { clientId, offeringId: offering.id, start: input.start, notes: "" }, "online");
  })().catch((error: unknown) => {
    throw withTimesOnly(error);
  });
  const booked = await appointmentView(deps, actor.organisationId, appointmentId);
  return {
    appointmentId,
    start: booked.start,
    end: booked.end,
    offering: { name: booked.offering.name, procedureId: booked.offering.procedureId },
    clinic: { name: clinic.name, city: clinic.city, address: clinic.address, timeZone: clinic.timeZone },
    priceMinor: booked.priceMinor,
    currency: booked.currency,
  };
}

/** A slot-taken refusal as visitors see it: the alternatives' times, not who works then. */
function withTimesOnly(error: unknown): unknown {
  if (!(error instanceof DomainError) || !Array.isArray(error.details.alternatives)) return error;
  const alternatives = (error.details.alternatives as { start: string; end: string }[]).map(
    ({ start, end }) => ({ start, end }),
  );
  return new DomainError(error.kind, error.code, error.message, { ...error.details, alternatives });
}

type Visitor = z.infer<typeof visitorSchema>;

async function newVisitor(deps: AppDeps, actor: Actor, visitor: Visitor): Promise<string> {
  return inTransaction(deps.db, async (tx) => {
    const created = await createClientIn(tx, deps, actor, {
      ...parseOrThrow(clientCreateSchema, { firstName: visitor.firstName, lastName: visitor.lastName }),
      ...visitor,
      consents: { dataProcessing: true },
    });
    return created.id;
  });
}
