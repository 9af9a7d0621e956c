import { describe, expect, it } from "vitest";
import { renderProgress } from "./progress.ts";

describe("progress bar", () => {
  it("fills in proportion and shows counts", () => {
    expect(renderProgress(0, 200, 10)).toBe("[..........]   0% 0/200");
    expect(renderProgress(50, 200, 10)).toBe("[###.......]  25% 50/200");
    expect(renderProgress(200, 200, 10)).toBe("[##########] 100% 200/200");
  });
});
