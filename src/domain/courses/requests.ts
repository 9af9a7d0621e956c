import { z } from "zod";
import { instant } from "../booking/appointments.ts";
import { isoDate, uuid } from "../validation.ts";
import type { ClientPreferences } from "./types.ts";

// What a planner or booking request for a course says.

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, "Use HH:MM.");
const minutesOf = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

export const preferencesSchema = z
  .strictObject({
    weekdays: z.array(z.int().min(1).max(7)).max(7).default([]),
    timeFrom: clock.optional(),
    timeTo: clock.optional(),
    practitionerId: uuid.optional(),
  })
  .refine((p) => !p.timeFrom || !p.timeTo || p.timeTo > p.timeFrom, {
    message: "The end of the preferred time must come after its start.",
    path: ["timeTo"],
  })
  .default({ weekdays: [] });

export function toPreferences(input: z.output<typeof preferencesSchema>): ClientPreferences {
  const timeOfDay =
    input.timeFrom || input.timeTo
      ? { from: minutesOf(input.timeFrom ?? "00:00"), to: input.timeTo ? minutesOf(input.timeTo) : 24 * 60 }
      : null;
  return {
    weekdays: [...new Set(input.weekdays)].sort(),
    timeOfDay,
    practitionerId: input.practitionerId ?? null,
  };
}

export const coursePlanRequestSchema = z
  .strictObject({
    clientId: uuid,
    offeringId: uuid,
    /** The earliest local date for the first session; tomorrow when not given. */
    firstDate: isoDate.optional(),
    sessions: z.int().min(1).max(60).optional(),
    minDaysBetween: z.int().min(1).max(120).optional(),
    maxDaysBetween: z.int().min(1).max(120).optional(),
    preferences: preferencesSchema,
    /** Wishes that must hold: one practitioner throughout, the preferred time of day, the first date itself. */
    require: z
      .strictObject({
        practitioner: z.boolean().default(false),
        timeOfDay: z.boolean().default(false),
        firstDate: z.boolean().default(false),
      })
      .default({ practitioner: false, timeOfDay: false, firstDate: false }),
  })
  .refine((r) => !r.minDaysBetween || !r.maxDaysBetween || r.maxDaysBetween >= r.minDaysBetween, {
    message: "The longest spacing cannot be shorter than the shortest.",
    path: ["maxDaysBetween"],
  });
export type CoursePlanRequest = z.output<typeof coursePlanRequestSchema>;

export const courseBookRequestSchema = z.strictObject({
  plan: coursePlanRequestSchema,
  name: z.string().trim().min(1).max(200).optional(),
  sessions: z
    .array(
      z.strictObject({
        number: z.int().min(1).max(60),
        start: instant,
        practitionerId: uuid,
        resourceIds: z.array(uuid).max(10).optional(),
      }),
    )
    .min(1)
    .max(60),
});
export type CourseBookRequest = z.output<typeof courseBookRequestSchema>;

export const coursePauseSchema = z.strictObject({ reason: z.string().trim().min(1, "Required.").max(500) });

/** Why the whole course is cancelled: stored as the cancel reason of each session it cancels. */
export const courseCancelSchema = z.strictObject({ reason: z.string().trim().min(1, "Required.").max(500) });
