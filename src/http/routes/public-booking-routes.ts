import { z } from "zod";
import { availabilityQuerySchema } from "../../app/availability-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import {
  onlineActor,
  publicAvailability,
  publicBook,
  publicBookingSchema,
  publicClinic,
} from "../../app/public-booking-service.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const byClinic = z.object({ id: z.uuid() });

/** Self-booking for visitors: no login; the clinic's id in the address names the organisation. */
export function publicBookingRoutes(deps: AppDeps, clock: () => Date) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/public/clinics/:id",
      summary: "A clinic and the offerings visitors can book online",
      tag: "public booking",
      auth: "public",
      params: byClinic,
      responses: { 200: { description: "Clinic and offerings" } },
      handler: async ({ params }) => publicClinic(deps, params.id),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/public/clinics/:id/availability",
      summary: "Free session starts of an online offering over local days [from, to), at most 31 days",
      tag: "public booking",
      auth: "public",
      params: byClinic,
      query: availabilityQuerySchema.omit({ practitioner: true }),
      responses: { 200: { description: "Free starts in the clinic's time zone" } },
      handler: async ({ params, query }) => publicAvailability(deps, params.id, query, clock()),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/public/clinics/:id/appointments",
      summary:
        "Book one session: the answers are screened and the time checked before anything is stored. Honours Idempotency-Key.",
      tag: "public booking",
      auth: "public",
      params: byClinic,
      body: publicBookingSchema,
      responses: {
        201: { description: "The booking" },
        409: { description: "slot-taken with alternatives" },
        422: { description: "contraindicated, postponed, needs-review or slot-unavailable" },
      },
      handler: async ({ params, request, reply }) => {
        const actor = await onlineActor(deps, params.id, {
          now: clock(),
          ip: request.ip,
          userAgent: request.headers["user-agent"] ?? null,
        });
        return idempotent(deps, actor, request, reply, () =>
          publicBook(deps, actor, params.id, request.body),
        );
      },
    }),
  ];
}
