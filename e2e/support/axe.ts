import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

// axe-core in the page under test. The app's Content-Security-Policy (script-src 'self')
// refuses inline scripts, so addScriptTag({ content }) is refused; the same source is served
// at a same-origin address instead and added by URL, leaving the app's policy as it is.

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_PATH = "/__e2e__/axe.min.js";
const REPORT_DIR = fileURLToPath(new URL("../../test-artifacts/e2e/", import.meta.url));

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core's rules (WCAG 2.1 A/AA and best practices) on the page, or on the part
 * `include` selects; writes every finding to test-artifacts/e2e/axe-<name>.json and returns
 * the serious and critical ones, which a test expects to be none.
 */
export async function seriousAxeViolations(
  page: Page,
  name: string,
  include?: string,
): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) {
    await page.route(`**${AXE_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: AXE_SOURCE }),
    );
    await page.addScriptTag({ url: AXE_PATH });
  }
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const results = await axe.run(selector ? { include: [selector] } : document, {
      resultTypes: ["violations"],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  }, include ?? null);
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(`${REPORT_DIR}axe-${name}.json`, `${JSON.stringify(violations, null, 2)}\n`);
  return violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
}

/** The little of axe's API used here (the page has no types for it). */
interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
  }>;
}
