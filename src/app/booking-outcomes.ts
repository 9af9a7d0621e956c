import { findSlots, slotAt } from "../domain/booking/availability.ts";
import { localDateOf } from "../domain/booking/local-time.ts";
import type { AvailabilityQuery, SlotChoice, SlotRefusal } from "../domain/booking/types.ts";
import { conflict, DomainError } from "../domain/errors.ts";
import { findAdverseEvents } from "../store/adverse-event-store.ts";
import { EXCLUSION_VIOLATION, violatedConstraint } from "../store/appointment-store.ts";
import { type Executor, sqlState } from "../store/transaction.ts";
import { type BookingContext, loadBookingContext, slotView } from "./availability-service.ts";
import type { AppDeps } from "./deps.ts";
import { screeningGate } from "./screening-service.ts";

// How a refused booking or move is told: the codes clients act on, and the next free
// slots when another booking took the one asked for.

const DAY = 24 * 60 * 60_000;
const ALTERNATIVES = 5;

/** Refusals that mean "someone holds it" rather than "the clinic does not offer it then". */
const TAKEN: readonly SlotRefusal[] = ["no-practitioner", "resource-unavailable"];

/** The next free starts after `from`, within two weeks, for the same offering (and practitioner if named). */
export async function alternativesAfter(
  deps: AppDeps,
  organisationId: string,
  context: Pick<BookingContext, "offering" | "timeZone">,
  from: number,
  options: {
    notBefore: number;
    practitionerId?: string | undefined;
    exceptAppointmentIds?: readonly string[];
  },
) {
  const later = await loadBookingContext(
    deps.db,
    organisationId,
    context.offering.clinicId,
    context.offering.id,
    { start: from, end: from + 14 * DAY },
    options,
  );
  return findSlots(later.query)
    .slice(0, ALTERNATIVES)
    .map((slot) => slotView(slot, context.timeZone));
}

export function slotTaken(alternatives: unknown[]) {
  return conflict("slot-taken", "This time is no longer free. Choose another.", { alternatives });
}

export function slotUnavailable(reason: SlotRefusal) {
  const messages: Record<SlotRefusal, string> = {
    "in-the-past": "This time has already passed.",
    "clinic-closed": "The clinic is closed that day.",
    "outside-opening-hours": "The session would not fit in the clinic's opening hours.",
    "no-practitioner": "No qualified practitioner is free then.",
    "resource-unavailable": "A room or device it needs is not free then.",
  };
  return new DomainError("unprocessable", "slot-unavailable", messages[reason], { reason });
}

/**
 * Why a start is refused, telling "held by something" (another booking, time off, an
 * outage: 409 slot-taken) from "never possible" (nobody qualified works then, a resource of
 * the wrong type or of no one's: 422 slot-unavailable): the same check with nothing held.
 */
export function refusalKind(
  query: AvailabilityQuery,
  start: number,
  choice: SlotChoice,
  reason: SlotRefusal,
): SlotRefusal | "held" {
  if (!TAKEN.includes(reason)) return reason;
  const unheld: AvailabilityQuery = {
    ...query,
    practitioners: query.practitioners.map((p) => ({ ...p, busy: [] })),
    resources: query.resources.map((r) => ({ ...r, busy: [] })),
  };
  const outcome = slotAt(unheld, start, choice);
  return outcome.ok ? "held" : outcome.reason;
}

/** What the database said about an overlap, or undefined for any other error. */
export function overlapOf(error: unknown): "client" | "slot" | undefined {
  if (sqlState(error) !== EXCLUSION_VIOLATION) return undefined;
  return violatedConstraint(error) === "appointments_client_free" ? "client" : "slot";
}

export const clientBusy = () =>
  conflict("client-busy", "The client already has an appointment at this time.");

/**
 * Refuses what the client's screening does not allow on the session's local date, and
 * any booking while the client has an adverse event not yet recovered from: every
 * procedure Cryodesk books is a cold one.
 */
export async function assertScreeningAllows(
  deps: AppDeps,
  organisationId: string,
  clientId: string,
  procedureId: string,
  start: Date,
  timeZone: string,
): Promise<void> {
  await assertRecovered(deps.db, organisationId, clientId);
  const gate = await screeningGate(
    deps,
    organisationId,
    clientId,
    procedureId,
    localDateOf(start.getTime(), timeZone),
  );
  if (gate.allowed) return;
  const messages = {
    "screening-required": "The client has no screening for this procedure yet. Screen them first.",
    contraindicated: "The client's screening contraindicates this procedure.",
    postponed: "The client's screening postpones this procedure",
    "needs-review": "A physician must review the client's screening for this procedure first.",
  } as const;
  const message =
    gate.code === "postponed"
      ? `${messages.postponed}${gate.until ? ` until ${gate.until}` : ""}.`
      : messages[gate.code];
  throw new DomainError("unprocessable", gate.code, message, { until: gate.until ?? null });
}

/** No cold procedure for a client until every adverse event of theirs has a recorded recovery. */
export async function assertRecovered(tx: Executor, organisationId: string, clientId: string): Promise<void> {
  const [unrecovered] = await findAdverseEvents(tx, organisationId, { clientId, unrecovered: true });
  if (unrecovered)
    throw new DomainError(
      "unprocessable",
      "adverse-event-unrecovered",
      "The client has an adverse event not yet recovered from. Record their recovery before booking a cold procedure.",
      { adverseEventId: unrecovered.id, adverseEventType: unrecovered.type },
    );
}
