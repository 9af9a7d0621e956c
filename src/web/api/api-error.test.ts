import { describe, expect, test } from "vitest";
import { apiErrorFrom } from "./api-error.ts";

const problemResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });

describe("apiErrorFrom", () => {
  test("keeps what a refusal says to do next besides its code, title and field errors", async () => {
    const alternatives = [{ start: "2026-11-23T10:30:00+03:00", end: "2026-11-23T11:30:00+03:00" }];
    const error = await apiErrorFrom(
      problemResponse(409, {
        type: "urn:cryodesk:problem:slot-taken",
        title: "This time is no longer free. Choose another.",
        status: 409,
        code: "slot-taken",
        instance: "/api/v1/appointments",
        alternatives,
        session: 3,
      }),
    );
    expect(error.code).toBe("slot-taken");
    expect(error.message).toBe("This time is no longer free. Choose another.");
    expect(error.extensions).toEqual({ alternatives, session: 3 });
  });

  test("a field error stays a field error, not an extension", async () => {
    const error = await apiErrorFrom(
      problemResponse(400, {
        title: "The request has invalid fields.",
        code: "validation-failed",
        errors: [{ field: "end", message: "The end must come after the start." }],
      }),
    );
    expect(error.messageFor("end")).toBe("The end must come after the start.");
    expect(error.extensions).toEqual({});
  });

  test("a body that is not a problem document leaves the status alone to tell", async () => {
    for (const body of [null, ["a list"], "text"]) {
      const error = await apiErrorFrom(problemResponse(502, body));
      expect(error).toMatchObject({ status: 502, code: "http-502", extensions: {} });
    }
    const html = await apiErrorFrom(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(html).toMatchObject({ status: 502, code: "http-502", extensions: {} });
  });
});
