import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { AppDeps } from "../app/deps.ts";
import type { Actor } from "../domain/actor.ts";
import { conflict, DomainError, invalid } from "../domain/errors.ts";
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyKey,
  releaseIdempotencyKey,
} from "../store/idempotency-store.ts";

/**
 * Runs a creating POST once per Idempotency-Key: a retry with the same key and body
 * replays the first response; the same key with another body is refused.
 */
export async function idempotent(
  deps: AppDeps,
  actor: Actor,
  request: FastifyRequest,
  reply: FastifyReply,
  create: () => Promise<unknown>,
): Promise<unknown> {
  const key = request.headers["idempotency-key"];
  if (key === undefined) {
    const created = await create();
    reply.status(201);
    return created;
  }
  if (typeof key !== "string" || key.length < 1 || key.length > 200) {
    throw invalid([{ field: "Idempotency-Key", message: "Use 1 to 200 characters." }]);
  }
  const route = `${request.method} ${request.routeOptions.url}`;
  // A password never enters the stored hash: it could be guessed back from it offline.
  const body = JSON.stringify(request.body ?? null, (field, value) =>
    field === "password" ? undefined : value,
  );
  const requestHash = createHash("sha256").update(`${route}\n${request.url}\n${body}`).digest("hex");
  const claimed = await claimIdempotencyKey(deps.db, {
    organisationId: actor.organisationId,
    key,
    route,
    requestHash,
    now: actor.now,
  });
  if (!claimed) {
    const existing = await findIdempotencyKey(deps.db, actor.organisationId, key);
    if (!existing || existing.request_hash !== requestHash) {
      throw new DomainError(
        "unprocessable",
        "idempotency-key-reused",
        "This Idempotency-Key was used for another request.",
      );
    }
    if (existing.status_code === 0) {
      throw conflict("idempotency-key-in-progress", "A request with this Idempotency-Key is still running.");
    }
    reply.header("idempotent-replayed", "true");
    reply.status(existing.status_code);
    return existing.response;
  }
  try {
    const created = await create();
    await completeIdempotencyKey(deps.db, actor.organisationId, key, 201, created);
    reply.status(201);
    return created;
  } catch (error) {
    await releaseIdempotencyKey(deps.db, actor.organisationId, key);
    throw error;
  }
}
