import { createHash } from "node:crypto";
import type { Actor } from "../domain/actor.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import { assertCan } from "../domain/roles.ts";
import { type PhotoContentType, photoQuerySchema } from "../domain/sessions/session-requests.ts";
import { parseOrThrow } from "../domain/validation.ts";
import { appendAudit } from "../store/audit-store.ts";
import { findPhoto, findSession, findSessionClient, insertPhoto } from "../store/session-record-store.ts";
import type { Executor } from "../store/transaction.ts";
import { inTransaction } from "../store/transaction.ts";
import type { AppDeps } from "./deps.ts";
import { sessionFor } from "./session-service.ts";

// Before and after photos of a session, kept in the database beside the record they document.
// A photo of a client is taken only with their consent to photos, recorded on their card.

/** Refuses the upload unless the session's client consented to photos. */
async function assertPhotoConsent(tx: Executor, organisationId: string, sessionId: string) {
  const client = await findSessionClient(tx, organisationId, sessionId, true);
  if (!client) throw notFound("session");
  if (!client.photoConsent) {
    throw new DomainError(
      "unprocessable",
      "photo-consent-missing",
      "The client has not consented to photos.",
      {
        detail: "No photo was stored. Record the client's consent to photos on their card before taking any.",
        clientId: client.clientId,
      },
    );
  }
}

/** Stores a photo; the HTTP edge has already checked its type and size. */
export async function uploadPhoto(
  deps: AppDeps,
  actor: Actor,
  sessionId: string,
  upload: { contentType: PhotoContentType; bytes: Buffer; query: unknown },
) {
  await sessionFor(deps, actor, sessionId);
  const { bytes, contentType } = upload;
  if (bytes.length === 0) {
    throw new DomainError("validation", "validation-failed", "The photo is empty.", {
      fields: [{ field: "(body)", message: "Send the image bytes." }],
    });
  }
  const { kind } = parseOrThrow(photoQuerySchema, upload.query ?? {});
  const photo = {
    id: deps.newId(),
    kind,
    contentType,
    size: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    createdAt: actor.now,
  };
  await inTransaction(deps.db, async (tx) => {
    // Under a lock on the client's row, so a consent withdrawn meanwhile is respected.
    await assertPhotoConsent(tx, actor.organisationId, sessionId);
    await insertPhoto(tx, {
      ...photo,
      organisationId: actor.organisationId,
      sessionId,
      bytes,
      createdBy: actor.userId,
    });
    await appendAudit(tx, actor, {
      action: "session.photo-upload",
      entityType: "session",
      entityId: sessionId,
      details: { photoId: photo.id, kind, size: photo.size, sha256: photo.sha256 },
    });
  });
  return { ...photo, createdAt: photo.createdAt.toISOString() };
}

export async function getPhoto(deps: AppDeps, actor: Actor, sessionId: string, photoId: string) {
  if (!(await findSession(deps.db, actor.organisationId, sessionId))) throw notFound("session");
  assertCan(actor.roles, "booking.read");
  const photo = await findPhoto(deps.db, actor.organisationId, sessionId, photoId);
  if (!photo) throw notFound("photo");
  return { contentType: photo.content_type, bytes: photo.bytes };
}
