import type { StaffMember } from "../../api/types.ts";
import type { MessageKey } from "../../i18n/en.ts";

/** Where a staff member stands: invited and not yet joined, working, or switched off. */
export function staffStatus(member: StaffMember): { key: MessageKey; tone: "ok" | "pending" | "muted" } {
  if (!member.active) return { key: "staff.status.inactive", tone: "muted" };
  if (member.invitationPending) return { key: "staff.status.invited", tone: "pending" };
  return { key: "staff.status.active", tone: "ok" };
}
