import type { ChecklistAnswer, SessionChecklistItem } from "../../api/sessions-types.ts";
import { parseDecimal } from "../../i18n/parse-decimal.ts";

// The checklist as typed on the tablet, and the answers it sends. Numbers are kept as the
// text typed ("36,6") until sending; an empty or unreadable box is simply not sent, and
// the server's list of what is still missing says the rest.

export interface ItemDraft {
  confirmed: boolean;
  text: string;
  weight: string;
  temperature: string;
  systolic: string;
  diastolic: string;
}

const EMPTY: ItemDraft = {
  confirmed: false,
  text: "",
  weight: "",
  temperature: "",
  systolic: "",
  diastolic: "",
};

/** The draft of an item from the answer the server holds. */
export function draftOf(item: SessionChecklistItem): ItemDraft {
  const answer = item.answer as Record<string, unknown> | string | number | boolean | null;
  switch (item.kind) {
    case "confirm":
      return { ...EMPTY, confirmed: answer === true };
    case "record-weight":
      return { ...EMPTY, weight: typeof answer === "number" ? String(answer) : "" };
    case "record-text":
      return { ...EMPTY, text: typeof answer === "string" ? answer : "" };
    case "record-vitals": {
      const vitals = typeof answer === "object" && answer !== null ? answer : {};
      const pressure = (vitals.bloodPressure ?? {}) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === "number" ? String(value) : "");
      return {
        ...EMPTY,
        temperature: text(vitals.bodyTemperatureC),
        systolic: text(pressure.systolic),
        diastolic: text(pressure.diastolic),
      };
    }
  }
}

const number = (text: string) => {
  const value = parseDecimal(text);
  return typeof value === "number" ? value : null;
};

/** The answer a draft gives, or null when it gives none yet. */
export function answerOf(item: SessionChecklistItem, draft: ItemDraft): ChecklistAnswer | null {
  switch (item.kind) {
    case "confirm":
      return draft.confirmed ? true : null;
    case "record-weight":
      return number(draft.weight);
    case "record-text":
      return draft.text.trim() ? draft.text.trim() : null;
    case "record-vitals": {
      const [bodyTemperatureC, systolic, diastolic] = [
        draft.temperature,
        draft.systolic,
        draft.diastolic,
      ].map(number);
      if (bodyTemperatureC == null || systolic == null || diastolic == null) return null;
      return { bodyTemperatureC, bloodPressure: { systolic, diastolic } };
    }
  }
}

export function answersOf(
  items: readonly SessionChecklistItem[],
  drafts: Readonly<Record<string, ItemDraft>>,
): Record<string, ChecklistAnswer> {
  const answers: Record<string, ChecklistAnswer> = {};
  for (const item of items) {
    const answer = answerOf(item, drafts[item.id] ?? EMPTY);
    if (answer !== null) answers[item.id] = answer;
  }
  return answers;
}
