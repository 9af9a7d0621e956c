import http from "node:http";
import { formatInstant } from "../../src/domain/booking/local-time.ts";
import { CELLS_PER_SESSION, type DayRange, instantOfCell, randomCell, TIME_ZONE } from "./grid.ts";

// Concurrent staff bookings through the HTTP API: each worker posts a booking for a random
// start of the range and a client free at that time, answers in hand before the next.
// The load generator keeps its own book of the clients' times, so no request asks for a
// client who is already booked then: the server's `client-busy` answer would be the load
// generator's mistake, not a contended slot.

export interface HttpLoadResult {
  seconds: number;
  created: number;
  slotTaken: number;
  /** Any other answer, by "status code" (or transport error), with a count. */
  others: Map<string, number>;
  latencies: number[];
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Who holds which cells: a client is free for a start when none of its cells is held. */
class ClientBook {
  private readonly held: Set<number>[];
  constructor(count: number) {
    this.held = Array.from({ length: count }, () => new Set<number>());
  }
  /** The first client from `from` on (wrapping) free for a session at `cell`, now marked busy. */
  reserve(cell: number, from: number): number | undefined {
    for (let step = 0; step < this.held.length; step++) {
      const index = (from + step) % this.held.length;
      const cells = this.held[index] as Set<number>;
      if (cellsOf(cell).some((c) => cells.has(c))) continue;
      for (const c of cellsOf(cell)) cells.add(c);
      return index;
    }
    return undefined;
  }
  release(index: number, cell: number) {
    for (const c of cellsOf(cell)) this.held[index]?.delete(c);
  }
}

function problemCode(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

const cellsOf = (cell: number) => Array.from({ length: CELLS_PER_SESSION }, (_, i) => cell + i);

export async function logIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

export async function runHttpLoad(options: {
  baseUrl: string;
  session: Session;
  offeringId: string;
  clientIds: readonly string[];
  range: DayRange;
  concurrency: number;
  seconds: number;
}): Promise<HttpLoadResult> {
  const url = new URL("/api/v1/appointments", options.baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const book = new ClientBook(options.clientIds.length);
  const result: HttpLoadResult = {
    seconds: options.seconds,
    created: 0,
    slotTaken: 0,
    others: new Map(),
    latencies: [],
  };
  const other = (what: string) => result.others.set(what, (result.others.get(what) ?? 0) + 1);

  const post = (body: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: "POST",
          agent,
          headers: {
            cookie: options.session.cookie,
            "x-csrf-token": options.session.csrfToken,
            "content-type": "application/json",
            "content-length": Buffer.byteLength(body),
          },
        },
        (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => {
            text += chunk;
          });
          response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
        },
      );
      request.on("error", reject);
      request.end(body);
    });

  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        const cell = randomCell(options.range, Math.random);
        const client = book.reserve(cell, Math.floor(Math.random() * options.clientIds.length));
        if (client === undefined) throw new Error("No client is free: create more clients.");
        const body = JSON.stringify({
          clientId: options.clientIds[client],
          offeringId: options.offeringId,
          start: formatInstant(instantOfCell(cell), TIME_ZONE),
        });
        const sent = performance.now();
        try {
          const response = await post(body);
          result.latencies.push(performance.now() - sent);
          if (response.status === 201) {
            result.created++;
            continue;
          }
          const code = problemCode(response.body);
          if (response.status === 409 && code === "slot-taken") result.slotTaken++;
          else other(`${response.status} ${code ?? response.body.slice(0, 200)}`);
        } catch (error) {
          other(`transport error: ${(error as Error).message}`);
        }
        book.release(client, cell);
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return result;
}
