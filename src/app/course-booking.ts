import type { Actor } from "../domain/actor.ts";
import { slotAt } from "../domain/booking/availability.ts";
import { holdKeys } from "../domain/booking/hold-keys.ts";
import { localDateOf } from "../domain/booking/local-time.ts";
import type { Slot } from "../domain/booking/types.ts";
import { firstRuleBreak } from "../domain/courses/check.ts";
import { courseBookRequestSchema, toPreferences } from "../domain/courses/requests.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { lockBookingParties } from "../store/appointment-store.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findClinic } from "../store/clinic-store.ts";
import { clientAppointmentsBetween, insertCourse } from "../store/course-store.ts";
import { inTransaction } from "../store/transaction.ts";
import { loadBookingContext } from "./availability-service.ts";
import { insertBookedSession } from "./booked-session.ts";
import {
  assertScreeningAllows,
  clientBusy,
  overlapOf,
  refusalKind,
  slotUnavailable,
} from "./booking-outcomes.ts";
import { offeringAndClient } from "./course-context.ts";
import { MAX_COURSE_SESSIONS, rulesForRequest } from "./course-planning.ts";
import { courseView } from "./course-views.ts";
import type { AppDeps } from "./deps.ts";

// Booking a whole course: every session is checked against the rules and availability,
// then all are inserted in one transaction. A race that takes any one slot rolls the
// whole course back; nothing is half-booked.

const DAY = 86_400_000;

/** A session's slot went to someone else: which one when known (a race inside the database is not). */
const courseSlotTaken = (number: number | null) =>
  new DomainError(
    "conflict",
    "course-slot-taken",
    `${number === null ? "One of the sessions" : `Session ${number}`} has just been taken. Plan the course again.`,
    { session: number },
  );

export async function bookCourse(deps: AppDeps, actor: Actor, body: unknown) {
  assertCan(actor.roles, "booking.write");
  const input = parseOrThrow(courseBookRequestSchema, body);
  const { plan } = input;
  const { offering, client } = await offeringAndClient(
    deps.db,
    actor.organisationId,
    plan.offeringId,
    plan.clientId,
  );
  if (client.archivedAt)
    throw new DomainError("unprocessable", "client-archived", "The client is archived. Restore them first.");
  const clinic = await findClinic(deps.db, actor.organisationId, offering.clinicId);
  if (!clinic) throw notFound("clinic");
  const rules = await rulesForRequest(
    deps.db,
    actor.organisationId,
    offering.clinicId,
    offering.procedureId,
    client.id,
    plan,
    clinic.timeZone,
  );
  const sessions = [...input.sessions].sort((a, b) => a.number - b.number);
  // The schema asks for at least one session.
  const firstStart = (sessions[0] as (typeof sessions)[number]).start;
  const lastStart = (sessions.at(-1) as (typeof sessions)[number]).start;
  const broken = firstRuleBreak(
    rules,
    sessions.map((s) => ({ number: s.number, date: localDateOf(s.start.getTime(), clinic.timeZone) })),
  );
  if (broken) {
    throw new DomainError(
      "unprocessable",
      "course-rule-broken",
      `Session ${broken.number} breaks the course's rules.`,
      {
        ...broken,
      },
    );
  }
  if (rules.sessions > MAX_COURSE_SESSIONS) {
    throw new DomainError(
      "unprocessable",
      "course-too-long",
      `A course is booked for at most ${MAX_COURSE_SESSIONS} sessions.`,
    );
  }
  // One cold procedure a day: no session on a day the client already has one.
  const dateOf = (instant: number) => localDateOf(instant, clinic.timeZone);
  const theirs = await clientAppointmentsBetween(
    deps.db,
    actor.organisationId,
    client.id,
    new Date(firstStart.getTime() - DAY),
    new Date(lastStart.getTime() + 2 * DAY),
  );
  const taken = new Set(theirs.map((a) => dateOf(a.start.getTime())));
  const sameDay = sessions.find((s) => taken.has(dateOf(s.start.getTime())));
  if (sameDay) {
    throw new DomainError(
      "unprocessable",
      "course-rule-broken",
      `Session ${sameDay.number} falls on a day the client already has a cold procedure.`,
      { number: sameDay.number, rule: "one-cold-procedure-per-day" },
    );
  }
  await assertScreeningAllows(
    deps,
    actor.organisationId,
    client.id,
    offering.procedureId,
    firstStart,
    clinic.timeZone,
  );

  const first = firstStart.getTime();
  const last = lastStart.getTime();
  const context = await loadBookingContext(
    deps.db,
    actor.organisationId,
    offering.clinicId,
    offering.id,
    { start: first, end: last + 1 },
    { notBefore: actor.now.getTime() },
  );
  const slots: { number: number; slot: Slot }[] = sessions.map((session) => {
    const outcome = slotAt(context.query, session.start.getTime(), {
      practitionerId: session.practitionerId,
      resourceIds: session.resourceIds,
    });
    if (!outcome.ok) {
      const choice = { practitionerId: session.practitionerId, resourceIds: session.resourceIds };
      const kind = refusalKind(context.query, session.start.getTime(), choice, outcome.reason);
      if (kind === "held") throw courseSlotTaken(session.number);
      throw new DomainError("unprocessable", "slot-unavailable", slotUnavailable(kind).message, {
        reason: kind,
        session: session.number,
      });
    }
    return { number: session.number, slot: outcome.slot };
  });

  const courseId = deps.newId();
  const name = input.name ?? offering.name;
  try {
    await inTransaction(deps.db, async (tx) => {
      await insertCourse(tx, {
        id: courseId,
        organisationId: actor.organisationId,
        clinicId: offering.clinicId,
        clientId: client.id,
        offeringId: offering.id,
        name,
        sessions: rules.sessions,
        rules,
        preferences: toPreferences(plan.preferences),
        createdBy: actor.userId,
        now: actor.now,
      });
      await lockBookingParties(
        tx,
        holdKeys(
          slots.map(({ slot }) => ({
            parties: [slot.practitionerIds[0] as string, ...slot.resourceIds, client.id],
            held: slot.blocked,
          })),
        ),
      );
      for (const { number, slot } of slots) {
        await insertBookedSession(tx, deps, actor, {
          offering,
          clientId: client.id,
          practitionerId: slot.practitionerIds[0] as string,
          time: slot,
          resourceIds: slot.resourceIds,
          source: "staff",
          notes: "",
          course: { id: courseId, number },
        });
      }
      await appendAudit(tx, actor, {
        action: "course.book",
        entityType: "course",
        entityId: courseId,
        details: { clientId: client.id, offeringId: offering.id, sessions: slots.length },
      });
    });
  } catch (error) {
    const overlap = overlapOf(error);
    if (overlap === "client") throw clientBusy();
    if (overlap === "slot") throw courseSlotTaken(null);
    throw error;
  }
  return courseView(deps, actor.organisationId, courseId);
}
