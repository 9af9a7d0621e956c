import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createBookingSetup, overlappingPairs } from "../../test/support/booking-fixtures.ts";
import { createOrganisation } from "../../test/support/factories.ts";
import { testDeps } from "../../test/support/test-database.ts";
import type { DomainError } from "../domain/errors.ts";
import { cancelAppointment, moveAppointmentTo } from "./appointment-changes.ts";
import { createAppointment } from "./appointment-service.ts";
import type { AppDeps } from "./deps.ts";

// Whatever mix of bookings, moves and cancellations arrives, and in whatever
// interleaving (each batch runs at once; on PostgreSQL on parallel connections), no two
// active appointments overlap on a practitioner, a resource or a client.

let deps: AppDeps;
beforeAll(async () => {
  deps = await testDeps();
});

type Command =
  | { kind: "book"; client: number; slot: number; practitioner: number | null }
  | { kind: "move"; target: number; slot: number }
  | { kind: "cancel"; target: number };

/** Starts on a 10-minute grid, 09:00–12:50 Moscow time on Monday 2026-11-23: 30-min sessions collide. */
const startOf = (slot: number) => {
  const minutes = 9 * 60 + slot * 10;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `2026-11-23T${hh}:${mm}:00+03:00`;
};

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("book" as const),
      client: fc.nat(7),
      slot: fc.nat(23),
      practitioner: fc.option(fc.nat(1)),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant("move" as const), target: fc.nat(20), slot: fc.nat(23) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), target: fc.nat(20) }) },
);

/** Refusals a user can be shown; anything else (a 500) fails the property. */
const EXPECTED_REFUSALS = new Set(["slot-taken", "client-busy", "invalid-status"]);

describe("booking under random commands", () => {
  it("never leaves two active appointments overlapping", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(command, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        async (batches) => {
          const org = await createOrganisation(deps);
          const setup = await createBookingSetup(deps, org, {
            clients: 8,
            practitioners: 2,
            resources: ["room", "room", "device:cryolipolysis-apparatus"],
            resourceTypes: ["room", "device:cryolipolysis-apparatus"],
            bufferAfterMinutes: 5,
          });
          const booked: string[] = [];
          const run = async (c: Command) => {
            try {
              if (c.kind === "book") {
                const practitioner =
                  c.practitioner === null ? undefined : setup.practitioners[c.practitioner]?.userId;
                const created = await createAppointment(deps, org.actor, {
                  clientId: setup.clientIds[c.client],
                  offeringId: setup.offeringId,
                  start: startOf(c.slot),
                  ...(practitioner && { practitionerId: practitioner }),
                });
                booked.push(created.id);
              } else if (booked.length > 0) {
                const target = booked[c.target % booked.length] as string;
                if (c.kind === "move")
                  await moveAppointmentTo(deps, org.actor, target, { start: startOf(c.slot) });
                else await cancelAppointment(deps, org.actor, target, {});
              }
            } catch (error) {
              if (!EXPECTED_REFUSALS.has((error as DomainError).code)) throw error;
            }
          };
          for (const batch of batches) await Promise.all(batch.map(run));
          expect(await overlappingPairs(deps, org.organisationId)).toBe(0);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
