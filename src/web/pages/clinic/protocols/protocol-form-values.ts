import type { ProtocolValues } from "../../../api/protocols-api.ts";

// The protocol form holds what was typed; the request carries numbers. Text that is not a
// number is sent as typed, so the server's message ("Expected number.") lands on its field.

export interface ProtocolDraft {
  sessionMinutes: string;
  courseSessions: string;
  spacingMin: string;
  spacingMax: string;
  exposureSeconds: Record<string, string>;
  offLabelReason: string;
}

const text = (value: number | undefined) => (value === undefined ? "" : String(value));

export function draftOf(values: ProtocolValues, offLabelReason: string | null): ProtocolDraft {
  return {
    sessionMinutes: text(values.sessionMinutes),
    courseSessions: text(values.courseSessions),
    spacingMin: text(values.spacingDays?.min),
    spacingMax: text(values.spacingDays?.max),
    exposureSeconds: Object.fromEntries(
      Object.entries(values.exposureSeconds ?? {}).map(([method, seconds]) => [method, String(seconds)]),
    ),
    offLabelReason: offLabelReason ?? "",
  };
}

/** A typed number ("2,5" reads as 2.5), nothing for an empty box, the text itself otherwise. */
function numberOf(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : trimmed;
}

/** The request body: empty boxes are left out; spacing goes as a pair once either end is given. */
export function inputOf(draft: ProtocolDraft): { values: ProtocolValues; offLabelReason: string | null } {
  const values: Record<string, unknown> = {};
  const session = numberOf(draft.sessionMinutes);
  const sessions = numberOf(draft.courseSessions);
  const spacingMin = numberOf(draft.spacingMin);
  const spacingMax = numberOf(draft.spacingMax);
  if (session !== undefined) values.sessionMinutes = session;
  if (sessions !== undefined) values.courseSessions = sessions;
  if (spacingMin !== undefined || spacingMax !== undefined)
    values.spacingDays = { min: spacingMin, max: spacingMax };
  const exposure = Object.entries(draft.exposureSeconds)
    .map(([method, typed]) => [method, numberOf(typed)] as const)
    .filter(([, seconds]) => seconds !== undefined);
  if (exposure.length > 0) values.exposureSeconds = Object.fromEntries(exposure);
  const reason = draft.offLabelReason.trim();
  return { values: values as ProtocolValues, offLabelReason: reason === "" ? null : reason };
}
