import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import {
  addTimeOff,
  listTimeOffOf,
  listWorkingHours,
  removeTimeOff,
  setWorkingHours,
} from "../../app/schedule-service.ts";
import {
  timeOffSchema,
  timeRangeCreateSchema,
  workingHoursItemSchema,
  workingHoursSetSchema,
} from "../../domain/booking/offerings.ts";
import { idempotent } from "../idempotency.ts";
import { defineRoute } from "../route.ts";

const staffParams = z.object({ userId: z.uuid() });

export function scheduleRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/clinics/:id/working-hours",
      summary: "Every active practitioner's weekly hours at the clinic (null until set)",
      tag: "booking setup",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      responses: {
        200: { description: "Working hours", schema: z.object({ items: z.array(workingHoursItemSchema) }) },
      },
      handler: async ({ actor, params }) => ({ items: await listWorkingHours(deps, actor, params.id) }),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/v1/clinics/:id/working-hours/:userId",
      summary: "Set a practitioner's weekly hours at the clinic, in local wall-clock time (owner, admin)",
      tag: "booking setup",
      auth: "session",
      params: z.object({ id: z.uuid(), userId: z.uuid() }),
      body: workingHoursSetSchema,
      responses: { 200: { description: "The practitioner's hours", schema: workingHoursItemSchema } },
      handler: async ({ actor, params, request }) =>
        setWorkingHours(deps, actor, params.id, params.userId, request.body),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/staff/:userId/time-off",
      summary: "A staff member's time off, by start (instants in UTC)",
      tag: "booking setup",
      auth: "session",
      params: staffParams,
      responses: { 200: { description: "Time off", schema: z.object({ items: z.array(timeOffSchema) }) } },
      handler: async ({ actor, params }) => ({ items: await listTimeOffOf(deps, actor, params.userId) }),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/staff/:userId/time-off",
      summary: "Add time off for [start, end) (owner, admin, receptionist)",
      tag: "booking setup",
      auth: "session",
      params: staffParams,
      body: timeRangeCreateSchema,
      responses: { 201: { description: "The time off", schema: timeOffSchema } },
      handler: async ({ actor, params, request, reply }) =>
        idempotent(deps, actor, request, reply, () => addTimeOff(deps, actor, params.userId, request.body)),
    }),
    defineRoute({
      method: "DELETE",
      url: "/api/v1/staff/:userId/time-off/:timeOffId",
      summary: "Remove time off",
      tag: "booking setup",
      auth: "session",
      params: z.object({ userId: z.uuid(), timeOffId: z.uuid() }),
      responses: { 204: { description: "Removed" } },
      handler: async ({ actor, params, reply }) => {
        await removeTimeOff(deps, actor, params.userId, params.timeOffId);
        return reply.status(204).send();
      },
    }),
  ];
}
