import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { DEMO_LOGIN, DEMO_PASSWORD } from "../../src/seed/demo-data.ts";
import { launchBrowser, type RunningBrowser } from "./browser.ts";
import { type RunningServer, type ServerOptions, startServer } from "./server.ts";

// One server and one browser per test file; every test starts logged out, in Russian,
// with a clean page.

const SCREENSHOT_DIR = fileURLToPath(new URL("../../test-artifacts/e2e/", import.meta.url));

export interface AppUnderTest {
  baseUrl: string;
  /** A new tab with no session and no remembered language. */
  freshPage(viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * Script errors and console errors (a CSP refusal, a React warning) seen since the last
   * fresh page. Failed requests are left out: refusals like 401 and 400 are tested on purpose.
   */
  pageErrors(): string[];
  /** Imports a clinic's price list (CSV with the `prices import` columns) into the directory. */
  importPriceList(csv: string, file: string): Promise<void>;
  /** The server's time now. */
  now(): Date;
  /**
   * Moves the server's clock forward and, on a page whose clock follows the server's (an
   * app started with `clockStartsAt`), the page's clock too.
   */
  advanceClock(page: Page, ms: number): Promise<void>;
  /**
   * Stops the server, runs `whileDown`, and starts it again on the same port and data
   * (`restartable` apps).
   */
  restartServer(whileDown?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export async function startAppUnderTest(options: ServerOptions = {}): Promise<AppUnderTest> {
  const server: RunningServer = await startServer(options);
  // With a chosen start the page's clock is installed at the server's time, so that what the
  // page computes from its own clock (a countdown, "today") agrees with the server.
  const pageClockFollowsServer = options.clockStartsAt !== undefined;
  let browser: RunningBrowser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  const { context } = browser;
  let errors: string[] = [];
  return {
    pageErrors: () => errors,
    baseUrl: server.baseUrl,
    importPriceList: (csv, file) => server.importPriceList(csv, file),
    now: () => server.clock.now(),
    async advanceClock(page, ms) {
      server.clock.advance(ms);
      if (pageClockFollowsServer) await page.clock.fastForward(ms);
    },
    restartServer: (whileDown) => server.restart(whileDown),
    async freshPage(viewport) {
      for (const open of context.pages()) await open.close();
      await context.clearCookies();
      const page = await context.newPage();
      errors = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
          errors.push(message.text());
        }
      });
      if (viewport) await page.setViewportSize(viewport);
      if (pageClockFollowsServer) await page.clock.install({ time: server.clock.now() });
      // A page on the app's origin, to forget what an earlier test stored there.
      await page.goto(`${server.baseUrl}/login`);
      await page.evaluate(() => window.localStorage.clear());
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Logs in through the login form and waits for the clients page it lands on. */
export async function logIn(page: Page, baseUrl: string, email = DEMO_LOGIN, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  await page.waitForURL(`${baseUrl}/clients`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A screenshot of one part of the page, for a long page where the part is what matters. */
export async function screenshotOf(locator: Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await locator.screenshot({ path });
  return path;
}

/**
 * Starts the app once for a test file, checks after every test that the page raised
 * no script or console error, and closes it at the end. The returned object stands for
 * the running app.
 */
export function appForThisFile(options: ServerOptions = {}): AppUnderTest {
  let current: AppUnderTest | undefined;
  beforeAll(async () => {
    current = await startAppUnderTest(options);
  });
  afterEach(() => {
    expect(current?.pageErrors()).toEqual([]);
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as AppUnderTest, {
    get(_target, key) {
      if (!current) throw new Error("The app under test is not started yet: use it inside a test.");
      const value = Reflect.get(current, key);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}
