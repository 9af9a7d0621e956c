import { z } from "zod";

// What the clinical floor sends while running a session. Times never come from the
// client: the server's clock starts, pauses and stops every timer.

const methodId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use a method id of the procedure.");
const celsius = z.number().min(-200, "Give a temperature of at least -200 °C.").max(60);

export const sessionCreateSchema = z.strictObject({
  methodId,
  resourceId: z.uuid("Not a valid id.").optional(),
});
export type SessionCreate = z.infer<typeof sessionCreateSchema>;

/** Answers by checklist item id; each answer is checked against its item by checklistComplete. */
export const checklistAnswersSchema = z.strictObject({
  answers: z.record(z.string().min(1).max(100), z.unknown()),
});

export const exposureCreateSchema = z.strictObject({
  area: z.string().trim().min(1, "Name the treated area.").max(200),
  methodId: methodId.optional(),
});

export const exposureStopSchema = z.strictObject({
  temperatureSetC: celsius.optional(),
  temperatureMeasuredC: celsius.optional(),
  overrunReason: z.string().trim().min(1).max(1000).optional(),
});
export type ExposureStop = z.infer<typeof exposureStopSchema>;

export const sessionFinishSchema = z.strictObject({
  nitrogenLitres: z.number().min(0, "Litres cannot be negative.").max(1000).optional(),
  outcome: z.string().trim().max(2000).default(""),
  notes: z.string().trim().max(4000).default(""),
});

/**
 * Letting the client go at the end of observation: their condition as they leave, and why
 * when they leave before the observation time is over (blank counts as not given).
 */
export const sessionDischargeSchema = z.strictObject({
  note: z.string().trim().min(1, "Describe the client's condition at discharge.").max(2000),
  earlyReason: z.string().trim().max(1000).optional(),
});

export const PHOTO_KINDS = ["before", "after"] as const;
export const photoQuerySchema = z.object({ kind: z.enum(PHOTO_KINDS).default("before") });

export const PHOTO_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];
/** The largest photo kept: a phone picture, not a raw scan. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** The photo type named by a Content-Type header, or null for anything else. */
export function photoContentType(header: string | undefined): PhotoContentType | null {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  return PHOTO_CONTENT_TYPES.find((allowed) => allowed === type) ?? null;
}
