import { createAppointment } from "../app/appointment-service.ts";
import { clinicAvailability, type SlotView } from "../app/availability-service.ts";
import type { AppDeps } from "../app/deps.ts";
import type { Actor } from "../domain/actor.ts";
import { addDays } from "../domain/booking/local-time.ts";
import type { Interval } from "../domain/booking/types.ts";
import type { Clinic } from "../domain/clinics.ts";
import { demoDays, localInstant } from "./demo-days.ts";
import {
  LATEST_DELAY_MINUTES,
  NEXT_DAY,
  ROOM_OF,
  SOON,
  TODAY,
  TODAY_FROM_MINUTES,
  type Visit,
} from "./demo-visits.ts";

// The demo clinic's appointments: the rest of the seed day and the next working day, each
// booked at a start that availability offers, through the booking service, as the front
// desk would. Nothing is refused, and a new user finds clients to check in.

const MINUTE = 60_000;

export interface DemoOffering {
  id: string;
  procedureId: string;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  resourceTypes: readonly string[];
}

export interface DemoResource {
  id: string;
  name: string;
  type: string;
}

interface Booked {
  practitionerId: string;
  resourceIds: string[];
  blocked: Interval;
}

export interface DemoScheduleInput {
  clinic: Clinic;
  clients: ReadonlyMap<string, string>;
  offerings: readonly DemoOffering[];
  resources: readonly DemoResource[];
}

/** Books the demo schedule as `actor`, the front desk, from `actor.now` on. */
export async function bookDemoSchedule(deps: AppDeps, actor: Actor, input: DemoScheduleInput): Promise<void> {
  const desk = new FrontDesk(deps, actor, input);
  const now = actor.now.getTime();
  const days = demoDays(input.clinic, now);
  if (days.today) {
    await desk.bookSoon(days.today, now);
    for (const visit of TODAY) {
      const wished = localInstant(days.today, visit.at, input.clinic.timeZone);
      if (wished >= now + TODAY_FROM_MINUTES * MINUTE) await desk.bookNear(days.today, visit, wished);
    }
  }
  if (days.next) {
    for (const visit of NEXT_DAY) {
      await desk.bookNear(days.next, visit, localInstant(days.next, visit.at, input.clinic.timeZone));
    }
  }
}

/** Books one visit after another, remembering what it booked to share out practitioners and rooms. */
class FrontDesk {
  private readonly booked: Booked[] = [];

  constructor(
    private readonly deps: AppDeps,
    private readonly actor: Actor,
    private readonly input: DemoScheduleInput,
  ) {}

  async bookSoon(date: string, now: number): Promise<void> {
    for (const procedureId of SOON.procedureIds) {
      const within = {
        start: now + SOON.earliestMinutes * MINUTE,
        end: now + SOON.latestMinutes * MINUTE,
      };
      if (await this.bookWithin(date, { procedureId, client: SOON.client }, within)) return;
    }
  }

  async bookNear(date: string, visit: Omit<Visit, "at">, wished: number): Promise<void> {
    await this.bookWithin(date, visit, { start: wished, end: wished + LATEST_DELAY_MINUTES * MINUTE });
  }

  /** Books the visit at the first free start in `within` on `date`; false when there is none. */
  private async bookWithin(date: string, visit: Omit<Visit, "at">, within: Interval): Promise<boolean> {
    const offering = this.input.offerings.find((candidate) => candidate.procedureId === visit.procedureId);
    const clientId = this.input.clients.get(visit.client);
    if (!offering || !clientId) throw new Error(`No demo ${visit.procedureId} for ${visit.client}.`);
    const { slots } = await clinicAvailability(this.deps, this.actor, this.input.clinic.id, {
      offering: offering.id,
      from: date,
      to: addDays(date, 1),
    });
    const slot = slots.find((candidate) => {
      const start = Date.parse(candidate.start);
      return start >= within.start && start <= within.end;
    });
    if (!slot) return false;
    const appointment = await createAppointment(this.deps, this.actor, {
      clientId,
      offeringId: offering.id,
      start: slot.start,
      practitionerId: this.leastBusy(slot.practitionerIds),
      resourceIds: this.freeResources(offering, slot),
    });
    this.booked.push({
      practitionerId: appointment.practitioner.id,
      resourceIds: appointment.resources.map((resource) => resource.id),
      blocked: { start: Date.parse(appointment.blockedStart), end: Date.parse(appointment.blockedEnd) },
    });
    return true;
  }

  /** The practitioner with the fewest demo visits so far, to share the work out. */
  private leastBusy(practitionerIds: readonly string[]): string {
    const visits = (id: string) => this.booked.filter((booked) => booked.practitionerId === id).length;
    return [...practitionerIds].sort((a, b) => visits(a) - visits(b))[0] as string;
  }

  /**
   * One free resource per required type, the procedure's own room first. Only the demo's own
   * bookings hold anything in a new clinic, and availability found one free of each type.
   */
  private freeResources(offering: DemoOffering, slot: SlotView): string[] {
    const blocked = {
      start: Date.parse(slot.start) - offering.bufferBeforeMinutes * MINUTE,
      end: Date.parse(slot.end) + offering.bufferAfterMinutes * MINUTE,
    };
    const held = (id: string) =>
      this.booked.some(
        (booked) =>
          booked.resourceIds.includes(id) &&
          booked.blocked.start < blocked.end &&
          blocked.start < booked.blocked.end,
      );
    const chosen: string[] = [];
    const preferred = ROOM_OF[offering.procedureId];
    for (const type of offering.resourceTypes) {
      const free = this.input.resources
        .filter((resource) => resource.type === type && !chosen.includes(resource.id) && !held(resource.id))
        .sort((a, b) => Number(b.name === preferred) - Number(a.name === preferred));
      const resource = free[0];
      if (!resource) throw new Error(`No free ${type} for the demo ${offering.procedureId}.`);
      chosen.push(resource.id);
    }
    return chosen;
  }
}
