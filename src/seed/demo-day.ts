import type { AppDeps } from "../app/deps.ts";
import type { Actor } from "../domain/actor.ts";
import { resourceType } from "../domain/booking/offerings.ts";
import type { Qualification, Role } from "../domain/roles.ts";
import { findClinic } from "../store/clinic-store.ts";
import { bookDemoCourse, DEMO_COURSE } from "./demo-course.ts";
import { DEMO_ORGANISATION_ID } from "./demo-data.ts";
import { bookDemoSchedule, type DemoOffering } from "./demo-schedule.ts";
import { screenDemoClients } from "./demo-screenings.ts";

// A working day at the demo clinic, made through the same services as the staff's own
// requests and in their names: the nurse records the intakes, the dermatologist clears
// one, the front desk books the appointments and a course. Every rule applies and every
// step is audited as in real use.

export interface DemoStaffMember {
  userId: string;
  email: string;
  roles: readonly Role[];
  qualifications: readonly Qualification[];
}

/** What the seed transaction wrote, by the names the demo data gives it. */
export interface SeededDemo {
  clinicId: string;
  /** By e-mail. */
  staff: ReadonlyMap<string, DemoStaffMember>;
  /** Client ids by last name. */
  clients: ReadonlyMap<string, string>;
  offerings: readonly DemoOffering[];
}

const INTAKE_BY = "nurse@demo.cryodesk.dev";
const PHYSICIAN = "dermatologist@demo.cryodesk.dev";
const FRONT_DESK = "reception@demo.cryodesk.dev";
const COURSE_PRACTITIONER = "physio@demo.cryodesk.dev";

function member(seeded: SeededDemo, email: string): DemoStaffMember {
  const found = seeded.staff.get(email);
  if (!found) throw new Error(`No demo staff member ${email}.`);
  return found;
}

/** The member acting, as a logged-in session of theirs would be. */
function actorOf(staff: DemoStaffMember, now: Date): Actor {
  return {
    organisationId: DEMO_ORGANISATION_ID,
    userId: staff.userId,
    label: staff.email,
    roles: staff.roles,
    qualifications: staff.qualifications,
    ip: null,
    userAgent: null,
    now,
  };
}

/** Screens the demo clients and books the demo schedule and course, from `now` on. */
export async function seedDemoDay(deps: AppDeps, seeded: SeededDemo, now: Date): Promise<void> {
  const clinic = await findClinic(deps.db, DEMO_ORGANISATION_ID, seeded.clinicId);
  if (!clinic) throw new Error("The demo clinic was not written.");
  const screeningStaff = {
    intake: actorOf(member(seeded, INTAKE_BY), now),
    physician: actorOf(member(seeded, PHYSICIAN), now),
  };
  await screenDemoClients(deps, screeningStaff, seeded.clients);
  const desk = actorOf(member(seeded, FRONT_DESK), now);
  await bookDemoSchedule(deps, desk, {
    clinic,
    clients: seeded.clients,
    offerings: seeded.offerings,
    resources: clinic.resources.map((resource) => ({
      id: resource.id,
      name: resource.name,
      type: resourceType(resource.kind, resource.deviceKind),
    })),
  });
  const courseOffering = seeded.offerings.find(
    (offering) => offering.procedureId === DEMO_COURSE.procedureId,
  );
  const courseClient = seeded.clients.get(DEMO_COURSE.client);
  if (!courseOffering || !courseClient) throw new Error("The demo course's client or offering is missing.");
  await bookDemoCourse(deps, desk, {
    clientId: courseClient,
    offeringId: courseOffering.id,
    practitionerId: member(seeded, COURSE_PRACTITIONER).userId,
  });
}
