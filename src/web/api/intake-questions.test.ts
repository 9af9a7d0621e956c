import { describe, expect, test } from "vitest";
import { healthQuestionsFrom } from "./intake-questions.ts";
import type { Questionnaire } from "./questionnaire-types.ts";

const questionnaire: Questionnaire = {
  resourceType: "Questionnaire",
  item: [
    { linkId: "person", type: "group", item: [{ linkId: "weightKg", type: "decimal", text: "Weight, kg" }] },
    {
      linkId: "conditions",
      type: "group",
      item: [
        { linkId: "condition:epilepsy", type: "boolean", text: "Epilepsy" },
        {
          linkId: "condition:skin-damage",
          type: "boolean",
          text: "Damaged skin",
          item: [
            {
              linkId: "condition:skin-damage:site",
              type: "choice",
              answerOption: [{ valueCoding: { code: "face", display: "Face" } }],
            },
          ],
        },
      ],
    },
    {
      linkId: "recent",
      type: "group",
      item: [
        {
          linkId: "recent:mesotherapy",
          type: "boolean",
          text: "Mesotherapy",
          item: [{ linkId: "recent:mesotherapy:date", type: "date" }],
        },
      ],
    },
  ],
};

describe("healthQuestionsFrom", () => {
  test("reads the conditions, their site follow-ups and the recent procedures", () => {
    expect(healthQuestionsFrom(questionnaire)).toEqual({
      conditions: [
        { conditionId: "epilepsy", text: "Epilepsy", sites: null },
        { conditionId: "skin-damage", text: "Damaged skin", sites: [{ id: "face", text: "Face" }] },
      ],
      recentProcedures: [{ procedureId: "mesotherapy", text: "Mesotherapy" }],
    });
  });
});
