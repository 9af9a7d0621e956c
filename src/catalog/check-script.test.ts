import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { SEEDS_DIR } from "./test-support.ts";

// The command a maintainer runs: `npx tsx scripts/check-citations.ts [seedsDir]`.
const root = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
const script = join(root, "scripts/check-citations.ts");
const scratch = mkdtempSync(join(tmpdir(), "cryodesk-seeds-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [tsx, script, ...args], { cwd: root, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/check-citations.ts", () => {
  it("passes on the real seeds (the default directory) and prints the counts", () => {
    const { status, stdout } = run();
    expect(status).toBe(0);
    expect(stdout).toMatch(/\d+ facts, \d+ citations, \d+ conditions, \d+ editorial values, \d+ conflicts/);
  });

  it("fails, naming the JSON path, when a cited line no longer says what the excerpt says", () => {
    const seeds = join(scratch, "edited");
    cpSync(fileURLToPath(SEEDS_DIR), seeds, { recursive: true });
    const file = join(seeds, "000_6f82df9865416c89.txt");
    const lines = readFileSync(file, "utf8").split("\n");
    lines[76] = "Cryosauna is not recommended for persons weighing less than 45 kg.";
    writeFileSync(file, lines.join("\n"));
    const { status, stderr } = run(seeds);
    expect(status).toBe(1);
    expect(stderr).toContain("procedures/cryosauna.json: limits.person[0].sources[0]");
  });

  it("fails when the seeds directory holds no articles", () => {
    const { status, stderr } = run(scratch);
    expect(status).toBe(1);
    expect(stderr).toContain("No seed articles");
  });
});
