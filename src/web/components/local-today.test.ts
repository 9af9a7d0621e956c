import { describe, expect, test } from "vitest";
import { localToday } from "./local-today.ts";

describe("localToday", () => {
  test("is the date on the user's own calendar, just after midnight too", () => {
    expect(localToday(new Date(2026, 0, 5, 0, 30))).toBe("2026-01-05");
    expect(localToday(new Date(2026, 10, 21, 23, 59))).toBe("2026-11-21");
  });
});
