import { defineConfig } from "vitest/config";

// Three tiers: pure unit tests, integration tests against a database
// (PGlite by default, real Postgres when TEST_DATABASE_URL is set) and
// end-to-end tests in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.pg.test.ts", "node_modules/**"],
        },
      },
      {
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts", "test/**/*.int.test.ts"],
          pool: "forks",
          // One database per worker, migrated once and shared by the files it runs.
          isolate: false,
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Concurrency claims: only meaningful on a real server (TEST_DATABASE_URL).
        test: {
          name: "pg",
          include: ["src/**/*.pg.test.ts", "test/**/*.pg.test.ts"],
          pool: "forks",
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          pool: "forks",
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
