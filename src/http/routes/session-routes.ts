import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../../app/deps.ts";
import { dischargeSession } from "../../app/session-discharge.ts";
import { addExposure, changeExposure } from "../../app/session-exposures.ts";
import { getPhoto, uploadPhoto } from "../../app/session-photos.ts";
import {
  answerChecklist,
  createSession,
  finishSession,
  getSession,
  sessionFor,
  startSession,
} from "../../app/session-service.ts";
import {
  checklistAnswersSchema,
  exposureCreateSchema,
  exposureStopSchema,
  PHOTO_CONTENT_TYPES,
  PHOTO_MAX_BYTES,
  photoContentType,
  photoQuerySchema,
  sessionCreateSchema,
  sessionDischargeSchema,
  sessionFinishSchema,
} from "../../domain/sessions/session-requests.ts";
import { idempotent } from "../idempotency.ts";
import { problem, sendProblem } from "../problem.ts";
import { type AnyRoute, defineRoute } from "../route.ts";

const byId = z.object({ id: z.uuid() });
const byExposure = z.object({ id: z.uuid(), exposureId: z.uuid() });
const byPhoto = z.object({ id: z.uuid(), photoId: z.uuid() });
const one = { 200: { description: "The session, with live exposure timers" } };
const refused = { 409: { description: "invalid-session-status" }, 422: { description: "The rule refused" } };

export const PHOTO_UPLOAD_URL = "/api/v1/sessions/:id/photos";

/** Only the photo upload reads a raw image body; every other route keeps to JSON. */
export const isImageUpload = (route: AnyRoute) => route.method === "POST" && route.url === PHOTO_UPLOAD_URL;

/** Accepts image bodies up to the photo limit, in the scope of the routes it is added to. */
export function acceptImages(scope: FastifyInstance) {
  scope.addContentTypeParser(
    /^image\//,
    { parseAs: "buffer", bodyLimit: PHOTO_MAX_BYTES },
    (_r, body, done) => done(null, body),
  );
}

const timerRoute = (deps: AppDeps, action: "pause" | "resume" | "stop") =>
  defineRoute({
    method: "POST",
    url: `/api/v1/sessions/:id/exposures/:exposureId/${action}`,
    summary:
      action === "stop"
        ? "Stop an exposure's timer for good, with temperatures; past the limit an overrunReason is required and the deviation recorded"
        : `${action === "pause" ? "Pause" : "Resume"} an exposure's timer`,
    tag: "sessions",
    auth: "session",
    params: byExposure,
    ...(action === "stop" && { body: exposureStopSchema }),
    responses: { ...one, ...refused },
    handler: async ({ actor, params, request }) =>
      changeExposure(deps, actor, params.id, params.exposureId, action, request.body),
  });

export function sessionRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "POST",
      url: "/api/v1/appointments/:id/session",
      summary:
        "Open the treatment session of a checked-in appointment, with the checklist for its procedure and method. Honours Idempotency-Key.",
      tag: "sessions",
      auth: "session",
      params: byId,
      body: sessionCreateSchema,
      responses: {
        201: { description: "The session" },
        409: { description: "Not checked in, or a session exists" },
      },
      handler: async ({ actor, params, request, reply }) =>
        idempotent(deps, actor, request, reply, () => createSession(deps, actor, params.id, request.body)),
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/sessions/:id",
      summary: "One session: checklist, exposures with elapsed time from the server clock, photos",
      tag: "sessions",
      auth: "session",
      params: byId,
      responses: one,
      handler: async ({ actor, params }) => getSession(deps, actor, params.id),
    }),
    defineRoute({
      method: "PUT",
      url: "/api/v1/sessions/:id/checklist",
      summary: "Answer the checklist; today's vitals are also recorded as a pre-session screening",
      tag: "sessions",
      auth: "session",
      params: byId,
      body: checklistAnswersSchema,
      responses: { ...one, ...refused },
      handler: async ({ actor, params, request }) => answerChecklist(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/sessions/:id/start",
      summary: "Start the session: refused with checklist-incomplete or the screening gate's code",
      tag: "sessions",
      auth: "session",
      params: byId,
      responses: { ...one, ...refused },
      handler: async ({ actor, params }) => startSession(deps, actor, params.id),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/sessions/:id/exposures",
      summary:
        "Start timing an exposure of an area against the protocol's limit (no-exposure-limit when none is known)",
      tag: "sessions",
      auth: "session",
      params: byId,
      body: exposureCreateSchema,
      responses: { 201: { description: "The session" }, ...refused },
      handler: async ({ actor, params, request, reply }) => {
        const view = await addExposure(deps, actor, params.id, request.body);
        reply.status(201);
        return view;
      },
    }),
    timerRoute(deps, "pause"),
    timerRoute(deps, "resume"),
    timerRoute(deps, "stop"),
    defineRoute({
      method: "POST",
      url: "/api/v1/sessions/:id/finish",
      summary:
        "Finish once every exposure is stopped: nitrogen used, outcome, notes; the appointment is completed and observation begins",
      tag: "sessions",
      auth: "session",
      params: byId,
      body: sessionFinishSchema,
      responses: { ...one, ...refused },
      handler: async ({ actor, params, request }) => finishSession(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: "/api/v1/sessions/:id/discharge",
      summary:
        "Discharge the observed client with a note on their condition; before the observation time is over an earlyReason is required (observation-not-over)",
      tag: "sessions",
      auth: "session",
      params: byId,
      body: sessionDischargeSchema,
      responses: {
        200: { description: "The finished session, with its discharge" },
        409: { description: "invalid-session-status: the session is not under observation" },
        422: { description: "observation-not-over, naming observationUntil" },
      },
      handler: async ({ actor, params, request }) => dischargeSession(deps, actor, params.id, request.body),
    }),
    defineRoute({
      method: "POST",
      url: PHOTO_UPLOAD_URL,
      summary: `Upload a before/after photo as the raw body (${PHOTO_CONTENT_TYPES.join(", ")}, at most 8 MiB); ?kind=before|after`,
      tag: "sessions",
      auth: "session",
      params: byId,
      query: photoQuerySchema.partial(),
      responses: {
        201: { description: "The photo's id, size and SHA-256" },
        413: { description: "Over 8 MiB" },
        415: { description: "Not a JPEG, PNG or WebP image" },
        422: { description: "photo-consent-missing: the client has not consented to photos" },
      },
      handler: async ({ actor, params, request, reply }) => {
        // Who may upload, and whether the session exists, before anything about the body.
        await sessionFor(deps, actor, params.id);
        const contentType = photoContentType(request.headers["content-type"]);
        if (!contentType || !Buffer.isBuffer(request.body)) {
          return sendProblem(
            reply,
            problem(415, "unsupported-media-type", `Send the photo as ${PHOTO_CONTENT_TYPES.join(", ")}.`),
          );
        }
        const photo = await uploadPhoto(deps, actor, params.id, {
          contentType,
          bytes: request.body,
          query: request.query,
        });
        reply.status(201);
        return photo;
      },
    }),
    defineRoute({
      method: "GET",
      url: "/api/v1/sessions/:id/photos/:photoId",
      summary: "A session photo's bytes, for the organisation's staff only; never cached",
      tag: "sessions",
      auth: "session",
      params: byPhoto,
      responses: { 200: { description: "The image", contentType: "image/*" } },
      handler: async ({ actor, params, reply }) => {
        const photo = await getPhoto(deps, actor, params.id, params.photoId);
        return reply.header("cache-control", "private, no-store").type(photo.contentType).send(photo.bytes);
      },
    }),
  ];
}
