import type { Locator, Page } from "playwright-core";

const MAX_TABS = 200;

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}.`);
}

/** The focused element's outline, or that of its label when the label draws the ring (a choice card). */
export async function focusRing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return "none";
    for (const element of [active, active.closest("label")]) {
      if (!element) continue;
      const style = getComputedStyle(element);
      if (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2) {
        return `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      }
    }
    return "none";
  });
}
