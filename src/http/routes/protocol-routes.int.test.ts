import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "../../../test/support/factories.ts";
import {
  loginAs,
  type Session,
  startTestServer,
  type TestServer,
} from "../../../test/support/test-server.ts";

let server: TestServer;
let owner: Session;
let clinicId: string;

beforeAll(async () => {
  server = await startTestServer();
  const org = await createOrganisation(server.deps);
  clinicId = org.clinicId;
  owner = await loginAs(server, org.ownerEmail, undefined, "10.4.0.1");
});

const put = (procedureId: string, payload: Record<string, unknown>) =>
  owner.request({ method: "PUT", url: `/api/v1/clinics/${clinicId}/protocols/${procedureId}`, payload });

describe("clinic protocol", () => {
  it("accepts values inside the documented range and shows the range", async () => {
    const values = { exposureSeconds: { "whole-body-cabin": 150 }, courseSessions: 20 };
    const response = await put("cryosauna", { values });
    expect(response.statusCode).toBe(200);
    const protocol = response.json();
    expect(protocol).toMatchObject({
      procedureId: "cryosauna",
      values,
      offLabelReason: null,
      deviations: [],
    });
    // 1–3 minutes in the cabin: 000:121 and 002:21 disagree on the lower bound, the range spans both.
    expect(protocol.documented.exposureSeconds["whole-body-cabin"]).toEqual({ min: 60, max: 180, unit: "s" });
  });

  it("refuses values outside the documented range without a reason, naming the fields", async () => {
    const response = await put("cryosauna", { values: { exposureSeconds: { "whole-body-cabin": 300 } } });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: "protocol-out-of-range",
      errors: [
        {
          field: "values.exposureSeconds.whole-body-cabin",
          code: "out-of-range",
          message: "Outside the documented 60–180 s.",
        },
      ],
    });
  });

  it("keeps off-label values with their reason and audits them", async () => {
    const response = await put("cryosauna", {
      values: { exposureSeconds: { "whole-body-cabin": 240 } },
      offLabelReason: "Research protocol approved by the clinic's medical director.",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().deviations[0]).toMatchObject({
      field: "exposureSeconds.whole-body-cabin",
      value: 240,
    });
    const audit = (
      await owner.request({ method: "GET", url: `/api/v1/audit?entityType=clinic&entityId=${clinicId}` })
    ).json();
    expect(audit.items[0]).toMatchObject({
      action: "clinic-protocol.set-off-label",
      details: {
        procedureId: "cryosauna",
        offLabelReason: "Research protocol approved by the clinic's medical director.",
      },
    });
    const list = (
      await owner.request({ method: "GET", url: `/api/v1/clinics/${clinicId}/protocols` })
    ).json();
    expect(list.items).toHaveLength(10);
    const set = list.items.filter((p: { updatedAt: string | null }) => p.updatedAt !== null);
    expect(set.map((p: { procedureId: string }) => p.procedureId)).toEqual(["cryosauna"]);
    const unset = list.items.find((p: { procedureId: string }) => p.procedureId === "nitrogen-cryomassage");
    expect(unset).toMatchObject({
      values: {},
      updatedAt: null,
      documented: { courseSessions: { min: 10, max: 12 } },
    });
  });

  it("refuses unknown procedures and methods", async () => {
    expect((await put("cryo-yoga", { values: {} })).statusCode).toBe(404);
    const method = await put("cryodestruction", { values: { exposureSeconds: { laser: 10 } } });
    expect(method.statusCode).toBe(400);
    expect(method.json().errors[0].field).toBe("values.exposureSeconds.laser");
  });
});
