import { describe, expect, test } from "vitest";
import type { SessionChecklistItem } from "../../api/sessions-types.ts";
import { answersOf, draftOf } from "./checklist-answers.ts";

const item = (
  id: string,
  kind: SessionChecklistItem["kind"],
  answer: unknown = null,
): SessionChecklistItem => ({
  id,
  kind,
  text: { en: id, ru: id },
  required: true,
  sources: [],
  answered: answer !== null,
  answer,
});

describe("checklist answers", () => {
  test("sends what was typed, a decimal comma included, and leaves out what is not answered", () => {
    const items = [
      item("fresh-screening", "record-vitals"),
      item("weight", "record-weight"),
      item("clothes", "confirm"),
      item("anaesthesia", "record-text"),
    ];
    const drafts = {
      "fresh-screening": {
        ...draftOf(items[0] as SessionChecklistItem),
        temperature: "36,6",
        systolic: "120",
        diastolic: "80",
      },
      weight: { ...draftOf(items[1] as SessionChecklistItem), weight: "seventy" },
      clothes: { ...draftOf(items[2] as SessionChecklistItem), confirmed: true },
      anaesthesia: { ...draftOf(items[3] as SessionChecklistItem), text: "  " },
    };
    expect(answersOf(items, drafts)).toEqual({
      "fresh-screening": { bodyTemperatureC: 36.6, bloodPressure: { systolic: 120, diastolic: 80 } },
      clothes: true,
    });
  });

  test("vitals need temperature and both pressures", () => {
    const vitals = item("fresh-screening", "record-vitals");
    const drafts = { "fresh-screening": { ...draftOf(vitals), temperature: "36.6", systolic: "120" } };
    expect(answersOf([vitals], drafts)).toEqual({});
  });

  test("starts from the answers the server holds", () => {
    const held = item("fresh-screening", "record-vitals", {
      bodyTemperatureC: 36.6,
      bloodPressure: { systolic: 120, diastolic: 80 },
    });
    expect(draftOf(held)).toMatchObject({ temperature: "36.6", systolic: "120", diastolic: "80" });
    expect(draftOf(item("weight", "record-weight", 72)).weight).toBe("72");
    expect(draftOf(item("clothes", "confirm", true)).confirmed).toBe(true);
  });
});
