import { z } from "zod";
import { openingHoursSchema, RESOURCE_KINDS } from "../clinics.ts";
import { DomainError } from "../errors.ts";
import { QUALIFICATIONS, type Role } from "../roles.ts";
import { isoDate } from "../validation.ts";
import { instant } from "./appointments.ts";

// Booking setup: what a clinic has (resources and their outages), what it sells
// (offerings) and when its practitioners work (working hours, time off).

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A resource's type as offerings name it: its kind, or `device:<device kind>` for a device. */
export function resourceType(kind: string, deviceKind: string | null | undefined): string {
  return kind === "device" ? `device:${deviceKind ?? ""}` : kind;
}

/** 'room', 'cryosauna-cabin', 'dewar' or 'device:<kebab-case device kind>'; a bare 'device' says nothing. */
export function isResourceType(value: string): boolean {
  if (value.startsWith("device:")) return KEBAB.test(value.slice("device:".length));
  return (RESOURCE_KINDS as readonly string[]).includes(value) && value !== "device";
}

const name = z.string().trim().min(1, "Required.").max(200);
const reason = z.string().trim().max(300).default("");

export const deviceKindSchema = z
  .string()
  .max(60)
  .regex(KEBAB, "Use a kebab-case device kind, e.g. cryolipolysis-apparatus.");

export const resourceCreateSchema = z
  .strictObject({ name, kind: z.enum(RESOURCE_KINDS), deviceKind: deviceKindSchema.optional() })
  .superRefine((resource, ctx) => {
    if (resource.kind === "device" && !resource.deviceKind) {
      ctx.addIssue({
        code: "custom",
        path: ["deviceKind"],
        message: "Name the kind of device, e.g. cryolipolysis-apparatus.",
        params: { code: "required" },
      });
    }
    if (resource.kind !== "device" && resource.deviceKind) {
      ctx.addIssue({
        code: "custom",
        path: ["deviceKind"],
        message: "Only a device has a device kind.",
        params: { code: "not-a-device" },
      });
    }
  });
export type ResourceCreate = z.infer<typeof resourceCreateSchema>;

export const resourceUpdateSchema = z.strictObject({ name, active: z.boolean() }).partial();
export type ResourceUpdate = z.infer<typeof resourceUpdateSchema>;

export const resourceSchema = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  name: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  deviceKind: z.string().nullable(),
  type: z.string(),
  active: z.boolean(),
});
export type Resource = z.infer<typeof resourceSchema>;

/** Longer than this is a typing slip, not an outage or a holiday. */
export const MAX_RANGE_DAYS = 366;
const MAX_RANGE_MS = MAX_RANGE_DAYS * 24 * 60 * 60 * 1000;

/** An instant range [start, end) with a reason: a resource's outage or a member's time off. */
export const timeRangeCreateSchema = z
  .strictObject({ start: instant, end: instant, reason })
  .superRefine((range, ctx) => {
    // Runs even when a bound failed to parse; that bound is then reported on its own.
    if (!(range.start instanceof Date) || !(range.end instanceof Date)) return;
    const length = range.end.getTime() - range.start.getTime();
    if (length <= 0) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "The end must come after the start.",
        params: { code: "end-before-start" },
      });
    } else if (length > MAX_RANGE_MS) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: `At most ${MAX_RANGE_DAYS} days.`,
        params: { code: "too-long" },
      });
    }
  });
export type TimeRangeCreate = z.infer<typeof timeRangeCreateSchema>;

export const outageSchema = z.object({
  id: z.uuid(),
  resourceId: z.uuid(),
  resourceName: z.string(),
  start: z.string(),
  end: z.string(),
  reason: z.string(),
});
export type Outage = z.infer<typeof outageSchema>;

export const timeOffSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  start: z.string(),
  end: z.string(),
  reason: z.string(),
});
export type TimeOff = z.infer<typeof timeOffSchema>;

export const resourceTypeSchema = z
  .string()
  .max(80)
  .refine(isResourceType, {
    message: `Use ${RESOURCE_KINDS.filter((kind) => kind !== "device").join(", ")} or device:<device kind>.`,
    params: { code: "unknown-resource-type" },
  });

const offeringFields = {
  procedureId: z.string().max(100),
  name,
  durationMinutes: z.int().min(5).max(480),
  bufferBeforeMinutes: z.int().min(0).max(120),
  bufferAfterMinutes: z.int().min(0).max(120),
  // Repeated for two of one type (two rooms); six covers any procedure of the catalog.
  resourceTypes: z.array(resourceTypeSchema).max(6),
  qualifications: z
    .array(z.enum(QUALIFICATIONS))
    .min(1, "Choose at least one qualification.")
    .transform((items) => [...new Set(items)]),
  priceMinor: z.int("A whole number of minor units (kopecks, cents).").min(0).max(Number.MAX_SAFE_INTEGER),
  bookableOnline: z.boolean(),
};

export const offeringCreateSchema = z.strictObject({
  ...offeringFields,
  name: name.optional(),
  qualifications: offeringFields.qualifications.optional(),
  bookableOnline: z.boolean().default(true),
});
export type OfferingCreate = z.infer<typeof offeringCreateSchema>;

export const offeringUpdateSchema = z.strictObject({ ...offeringFields, active: z.boolean() }).partial();
export type OfferingUpdate = z.infer<typeof offeringUpdateSchema>;

export const offeringSchema = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  procedureId: z.string(),
  name: z.string(),
  durationMinutes: z.int(),
  bufferBeforeMinutes: z.int(),
  bufferAfterMinutes: z.int(),
  resourceTypes: z.array(z.string()),
  qualifications: z.array(z.enum(QUALIFICATIONS)),
  priceMinor: z.int(),
  currency: z.string(),
  bookableOnline: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Offering = z.infer<typeof offeringSchema>;

export const workingHoursSetSchema = z.strictObject({ hours: openingHoursSchema });

export const workingHoursItemSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  qualifications: z.array(z.enum(QUALIFICATIONS)),
  /** Every day empty until the practitioner's hours at this clinic are set. */
  hours: openingHoursSchema,
  hoursSet: z.boolean(),
});
export type WorkingHoursItem = z.infer<typeof workingHoursItemSchema>;

/** Working hours are what availability offers; only practitioners are booked. */
export function assertPractitioner(roles: readonly Role[]): void {
  if (!roles.includes("practitioner")) {
    throw new DomainError(
      "unprocessable",
      "not-a-practitioner",
      "Only members with the practitioner role have working hours.",
    );
  }
}

/** The field error for a procedure id the catalog does not know. */
export function unknownProcedure(procedureIds: readonly string[]): DomainError {
  return new DomainError("unprocessable", "unknown-procedure", "This procedure is not in the catalog.", {
    fields: [
      {
        field: "procedureId",
        message: `Use a catalog procedure: ${procedureIds.join(", ")}.`,
        code: "unknown-procedure",
      },
    ],
  });
}

/** Local days [from, to) of the clinic; either end may be left open. */
export const localDaysQuerySchema = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .refine((days) => !days.from || !days.to || days.to > days.from, {
    message: "The end day (exclusive) must come after the first day.",
    path: ["to"],
  });
