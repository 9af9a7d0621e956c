import { request } from "./http.ts";
import type { Invitation, Qualification, Role, StaffDraft, StaffMember } from "./types.ts";

export interface StaffPatch {
  name?: string;
  roles?: Role[];
  qualifications?: Qualification[];
  active?: boolean;
}

const memberPath = (userId: string) => `/staff/${encodeURIComponent(userId)}`;

export const staffApi = {
  list: () => request<{ items: StaffMember[] }>("GET", "/staff"),
  create: (draft: StaffDraft & { password: string }, idempotencyKey: string) =>
    request<StaffMember>("POST", "/staff", { body: draft, idempotencyKey }),
  invite: (draft: StaffDraft, idempotencyKey: string) =>
    request<Invitation>("POST", "/staff/invitations", { body: draft, idempotencyKey }),
  update: (userId: string, patch: StaffPatch) =>
    request<StaffMember>("PATCH", memberPath(userId), { body: patch }),
  deactivate: (userId: string) => request<StaffMember>("POST", `${memberPath(userId)}/deactivate`),
};
