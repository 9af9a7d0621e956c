import { describe, expect, test } from "vitest";
import { procedureColour } from "./procedure-palette.ts";

const CATALOG = [
  "nitrogen-cryomassage",
  "device-cryomassage",
  "ice-cryomassage",
  "cryolipolysis",
  "cryosauna",
  "cryodestruction",
  "cryoelectrophoresis",
  "ent-cryotherapy",
  "local-cold-therapy",
  "scalp-darsonvalization",
];

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((offset) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

describe("procedure colours", () => {
  test("give each catalog procedure its own colour, the same every time", () => {
    const colours = CATALOG.map((id) => procedureColour(id).strong);
    expect(new Set(colours).size).toBe(CATALOG.length);
    expect(procedureColour("some-new-procedure")).toEqual(procedureColour("some-new-procedure"));
  });

  test("stand out against white, and keep the calendar's text readable on their tint", () => {
    for (const id of [...CATALOG, "some-new-procedure", "another"]) {
      const colour = procedureColour(id);
      expect(contrast(colour.strong, "#ffffff"), id).toBeGreaterThanOrEqual(3);
      expect(contrast(colour.tint, "#1b2a33"), id).toBeGreaterThanOrEqual(7);
      expect(contrast(colour.tint, "#52616b"), id).toBeGreaterThanOrEqual(4.5);
    }
  });
});
