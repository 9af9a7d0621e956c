import type { Locator } from "playwright-core";

// playwright-core has no `expect`: these wait for what the user would see, then return.

const TIMEOUT_MS = 10_000;

export async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: "visible", timeout: TIMEOUT_MS });
  return locator;
}

export async function gone(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "hidden", timeout: TIMEOUT_MS });
}
