import { z } from "zod";
import { email, isoDate, language } from "./validation.ts";

// Clients of a clinic: who they are, how to reach them and what they consented to.
// Health data (notes) never leaves through logs.

const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const name = (max: number) => z.string().trim().min(1, "Required.").max(max, `At most ${max} characters.`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullable();

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,22}$/, "Use digits, spaces, brackets and dashes, optionally starting with +.");

export const consentsSchema = z.object({
  dataProcessing: z.boolean(),
  marketing: z.boolean(),
  photos: z.boolean(),
});
export type Consents = z.infer<typeof consentsSchema>;

const clientFields = {
  firstName: name(100),
  lastName: name(100),
  middleName: optionalText(100),
  birthDate: isoDate.nullable(),
  sex: z.enum(["female", "male"]).nullable(),
  phone: z.preprocess(emptyToNull, phone.nullable()),
  email: z.preprocess(emptyToNull, email.nullable()),
  language,
  notes: z.string().max(5000, "At most 5000 characters."),
  consents: consentsSchema,
};

export const clientCreateSchema = z.strictObject({
  ...clientFields,
  middleName: clientFields.middleName.default(null),
  birthDate: clientFields.birthDate.default(null),
  sex: clientFields.sex.default(null),
  phone: clientFields.phone.default(null),
  email: clientFields.email.default(null),
  language: language.default("ru"),
  notes: clientFields.notes.default(""),
  consents: consentsSchema.partial().default({}),
});
export type ClientCreate = z.output<typeof clientCreateSchema>;

export const clientUpdateSchema = z
  .strictObject({
    ...clientFields,
    consents: consentsSchema.partial(),
  })
  .partial();
export type ClientUpdate = z.output<typeof clientUpdateSchema>;

export const clientSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  middleName: z.string().nullable(),
  birthDate: z.string().nullable(),
  sex: z.enum(["female", "male"]).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language,
  notes: z.string(),
  consents: consentsSchema,
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

/** A birth date cannot lie in the future of the day it is recorded. */
export function birthDateProblem(birthDate: string | null | undefined, today: string): string | null {
  if (!birthDate) return null;
  if (birthDate > today) return "A birth date cannot be in the future.";
  if (birthDate < "1900-01-01") return "A birth date before 1900 is not plausible.";
  return null;
}

export function fullName(client: Pick<Client, "firstName" | "lastName" | "middleName">): string {
  return [client.lastName, client.firstName, client.middleName].filter(Boolean).join(" ");
}
