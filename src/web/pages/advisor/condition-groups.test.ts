import { describe, expect, test } from "vitest";
import { en } from "../../i18n/en.ts";
import { GROUP_OF, groupConditions } from "./condition-groups.ts";

const question = (conditionId: string) => ({ conditionId, text: conditionId, sites: null });

describe("groupConditions", () => {
  test("groups conditions as a person thinks of them and keeps an unknown one under “other”", () => {
    const groups = groupConditions([question("epilepsy"), question("fever"), question("something-new")]);
    expect(groups).toEqual([
      { group: "now", questions: [question("fever")] },
      { group: "nerves", questions: [question("epilepsy")] },
      { group: "other", questions: [question("something-new")] },
    ]);
  });

  test("every grouped condition has plain words in the dictionary", () => {
    const missing = Object.keys(GROUP_OF).filter((id) => !(`advisor.condition.${id}` in en));
    expect(missing).toEqual([]);
  });
});
