import { z } from "zod";
import { QUALIFICATIONS, ROLES } from "./roles.ts";
import { email, language } from "./validation.ts";

// Staff are users with a membership in the organisation: roles, and for
// practitioners, the qualifications that decide which procedures they may perform.

export const password = z.string().min(10, "At least 10 characters.").max(200, "At most 200 characters.");

const rolesField = z
  .array(z.enum(ROLES))
  .min(1, "Choose at least one role.")
  .transform((roles) => [...new Set(roles)]);
const qualificationsField = z.array(z.enum(QUALIFICATIONS)).transform((items) => [...new Set(items)]);

function qualificationsNeedPractitioner(
  value: { roles?: string[] | undefined; qualifications?: string[] | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.qualifications?.length && value.roles && !value.roles.includes("practitioner")) {
    ctx.addIssue({
      code: "custom",
      path: ["qualifications"],
      message: "Only practitioners hold qualifications.",
    });
  }
}

const staffBase = {
  name: z.string().trim().min(1, "Required.").max(200),
  email,
  language: language.default("ru"),
  roles: rolesField,
  qualifications: qualificationsField.default([]),
};

export const staffInviteSchema = z.strictObject(staffBase).superRefine(qualificationsNeedPractitioner);
export type StaffInvite = z.output<typeof staffInviteSchema>;

export const staffCreateSchema = z
  .strictObject({ ...staffBase, password })
  .superRefine(qualificationsNeedPractitioner);
export type StaffCreate = z.output<typeof staffCreateSchema>;

export const staffUpdateSchema = z
  .strictObject({
    name: staffBase.name,
    roles: rolesField,
    qualifications: qualificationsField,
    active: z.boolean(),
  })
  .partial()
  .superRefine(qualificationsNeedPractitioner);
export type StaffUpdate = z.output<typeof staffUpdateSchema>;

export const staffMemberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  qualifications: z.array(z.enum(QUALIFICATIONS)),
  active: z.boolean(),
  invitationPending: z.boolean(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
