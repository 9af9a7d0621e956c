import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchPostgres } from "../../test/support/test-database.ts";

// The real `cryodesk` command, as a user runs it, against its own fresh database.

const bin = fileURLToPath(new URL("../../bin/cryodesk.js", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "cryodesk-cli-"));
let env: NodeJS.ProcessEnv;

function cryodesk(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  env = process.env.TEST_DATABASE_URL
    ? { ...base, DATABASE_URL: await createScratchPostgres("cryodesk_cli") }
    : { ...base, CRYODESK_DATA_DIR: join(work, "data") };
  expect(cryodesk("seed-demo").code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEADER = "last_name,first_name,birth_date,phone,email";

describe("cryodesk CLI", () => {
  it("explains its usage and refuses unknown commands and options with exit code 2", () => {
    expect(cryodesk("help").stdout).toContain("import-clients FILE.csv");
    const unknown = cryodesk("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const badOption = cryodesk("export-clients", "--colour");
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain("--colour");
    const badFormat = cryodesk("export-clients", "--format", "xml");
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format must be csv or json");
  });

  it("imports nothing from a file with a bad row, and says which lines are wrong", () => {
    const file = join(work, "bad.csv");
    writeFileSync(file, `${HEADER}\nGood,Row,1990-01-01,,\nBad,Row,1990-02-31,,\n,Nameless,,,x@\n`);
    const result = cryodesk("import-clients", file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Nothing was imported");
    expect(result.stderr).toContain("line 3: birthDate: This date does not exist.");
    expect(result.stderr).toContain("line 4: lastName: Required.");
    expect(result.stderr).toContain("line 4: email: Not a valid e-mail address.");
    const exported = JSON.parse(cryodesk("export-clients", "--format", "json").stdout);
    expect(exported.map((c: { lastName: string }) => c.lastName)).not.toContain("Good");
  });

  it("imports a good file with progress, and exports it back as CSV and JSON", () => {
    const rows = Array.from(
      { length: 250 },
      (_, i) =>
        `Импорт${String(i).padStart(3, "0")},Клиент,1980-01-01,+7 900 000-${String(i).padStart(4, "0")},`,
    );
    const file = join(work, "good.csv");
    writeFileSync(file, `${HEADER}\n${rows.join("\n")}\n`);
    const result = cryodesk("import-clients", file);
    expect(result.stderr).toContain("100% 250/250");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Imported 250 clients.");
    const out = join(work, "export.csv");
    expect(cryodesk("export-clients", "--format", "csv", "--output", out).code).toBe(0);
    const csv = readFileSync(out, "utf8").trim().split("\r\n");
    expect(csv[0]).toBe(
      "last_name,first_name,middle_name,birth_date,sex,phone,email,language,notes,consent_data_processing,consent_marketing,consent_photos",
    );
    expect(csv).toHaveLength(1 + 12 + 250);
    expect(csv).toContain("Импорт007,Клиент,,1980-01-01,,+7 900 000-0007,,ru,,false,false,false");
  });

  it("screens from a file or standard input with the API's JSON, and explains bad input", () => {
    const request = {
      date: "2026-11-20",
      subject: { weightKg: 39 },
      conditions: [{ icd10: "G40" }],
      procedures: ["cryosauna"],
    };
    const file = join(work, "screen.json");
    writeFileSync(file, JSON.stringify(request));
    const fromFile = cryodesk("screen", file);
    expect(fromFile.code).toBe(0);
    const response = JSON.parse(fromFile.stdout);
    expect(response.results[0]).toMatchObject({ procedureId: "cryosauna", verdict: "contraindicated" });
    const fromStdin = spawnSync(process.execPath, [bin, "screen", "-"], {
      env,
      input: JSON.stringify(request),
      encoding: "utf8",
    });
    expect(JSON.parse(fromStdin.stdout)).toEqual(response);
    const notJson = spawnSync(process.execPath, [bin, "screen", "-"], {
      env,
      input: "{oops",
      encoding: "utf8",
    });
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toContain("Standard input is not valid JSON");
    const invalidRequest = spawnSync(process.execPath, [bin, "screen", "-"], {
      env,
      input: JSON.stringify({ conditions: [{ icd10: "XYZ" }], procedures: ["cryo-yoga"] }),
      encoding: "utf8",
    });
    expect(invalidRequest.status).toBe(1);
    expect(invalidRequest.stderr).toContain("conditions.0.icd10");
    expect(invalidRequest.stderr).toContain("procedures.0");
  });

  it("reports a missing file plainly", () => {
    const result = cryodesk("import-clients", join(work, "missing.csv"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot read .*missing\.csv: ENOENT/);
  });

  it("imports a clinic's price list, and refuses a bad one with line numbers", () => {
    const header = "clinic_name,city,address,procedure_id,price,currency";
    const good = join(work, "prices.csv");
    writeFileSync(
      good,
      `${header}\nИней,Moscow,"ул. Пречистенка, 12",nitrogen-cryomassage,1200,RUB\nИней,Moscow,"ул. Пречистенка, 12",cryosauna,1800.50,RUB\n`,
    );
    const ok = cryodesk("prices", "import", good);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Imported 2 prices.");
    const bad = join(work, "bad-prices.csv");
    writeFileSync(bad, `${header}\nИней,Moscow,x,cryosauna,12.345,RUB\n`);
    const refused = cryodesk("prices", "import", bad);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 2: price: /);
    expect(cryodesk("prices", "export").code).toBe(2);
  });

  it("creates an owner who can be found among staff, and refuses a weak password", () => {
    const weak = spawnSync(
      process.execPath,
      [bin, "create-admin", "--email", "boss@clinic.test", "--name", "Boss"],
      {
        env: { ...env, CRYODESK_ADMIN_PASSWORD: "short" },
        encoding: "utf8",
      },
    );
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain("At least 10 characters.");
    const ok = spawnSync(
      process.execPath,
      [
        bin,
        "create-admin",
        "--email",
        "Boss@Clinic.test",
        "--name",
        "Boss",
        "--organisation-name",
        "Second Clinic",
        "--city",
        "Kazan",
      ],
      { env: { ...env, CRYODESK_ADMIN_PASSWORD: "a-strong-password" }, encoding: "utf8" },
    );
    expect({ status: ok.status, stderr: ok.stderr }).toEqual({ status: 0, stderr: "" });
    expect(ok.stdout).toContain("Owner boss@clinic.test can now log in");
    // Two organisations now: commands that act on one must be told which.
    const ambiguous = cryodesk("export-clients");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain("--organisation");
  });
});
