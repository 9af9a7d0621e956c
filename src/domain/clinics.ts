import { z } from "zod";
import { isoDate } from "./validation.ts";

// A clinic: where it is, its IANA zone (every local rule is evaluated there),
// its currency and its weekly opening hours in local wall-clock time.

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME_ZONES = new Set(Intl.supportedValuesOf("timeZone"));
// Intl lists canonical zones only; keep aliases like Europe/Kiev usable.
export const timeZone = z.string().refine((zone) => {
  if (TIME_ZONES.has(zone)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/");
  } catch {
    return false;
  }
}, "Not an IANA time zone (e.g. Europe/Moscow).");

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
export const currency = z
  .string()
  .refine((code) => CURRENCIES.has(code), "Not an ISO 4217 currency code (e.g. RUB).");

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const clock = z.string().regex(CLOCK, "Use HH:MM between 00:00 and 24:00.");

export const openingIntervalSchema = z
  .object({ open: clock, close: clock })
  // Compared only when both are well-formed, so a bad value is reported once.
  .refine((i) => !CLOCK.test(i.open) || !CLOCK.test(i.close) || i.close > i.open, {
    message: "Closing must come after opening.",
    path: ["close"],
  });

const daySchema = z
  .array(openingIntervalSchema)
  .max(4)
  .superRefine((intervals, ctx) => {
    const sorted = [...intervals].sort((a, b) => a.open.localeCompare(b.open));
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (previous && current && current.open < previous.close) {
        ctx.addIssue({ code: "custom", message: "Opening intervals of one day must not overlap." });
      }
    }
  });

export const openingHoursSchema = z.strictObject({
  mon: daySchema,
  tue: daySchema,
  wed: daySchema,
  thu: daySchema,
  fri: daySchema,
  sat: daySchema,
  sun: daySchema,
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const clinicUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(1, "Required.").max(200),
    city: z.string().trim().min(1, "Required.").max(100),
    address: z.string().trim().max(300),
    timeZone,
    currency,
    openingHours: openingHoursSchema,
  })
  .partial();
export type ClinicUpdate = z.infer<typeof clinicUpdateSchema>;

export const closureCreateSchema = z
  .strictObject({ startsOn: isoDate, endsOn: isoDate, reason: z.string().trim().max(300).default("") })
  .refine((closure) => closure.endsOn >= closure.startsOn, {
    message: "The last day cannot come before the first.",
    path: ["endsOn"],
  });
export type ClosureCreate = z.infer<typeof closureCreateSchema>;

export const RESOURCE_KINDS = ["room", "cryosauna-cabin", "device", "dewar"] as const;

export const clinicSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  address: z.string(),
  timeZone: z.string(),
  currency: z.string(),
  openingHours: openingHoursSchema,
  closures: z.array(z.object({ id: z.uuid(), startsOn: z.string(), endsOn: z.string(), reason: z.string() })),
  resources: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      kind: z.enum(RESOURCE_KINDS),
      deviceKind: z.string().nullable(),
      active: z.boolean(),
    }),
  ),
});
export type Clinic = z.infer<typeof clinicSchema>;
