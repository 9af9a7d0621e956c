import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { DomainError, type ErrorKind, type FieldIssue } from "../domain/errors.ts";
import { sqlState } from "../store/transaction.ts";

// The one place where errors become RFC 9457 problem documents.

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  unprocessable: 422,
  "rate-limited": 429,
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
}

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).type("application/problem+json").send(problem);
}

export function problem(status: number, code: string, title: string, extra: Partial<Problem> = {}): Problem {
  return { type: `urn:cryodesk:problem:${code}`, title, status, code, ...extra };
}

/** Fastify's own errors that are the caller's fault, mapped to stable codes. */
const FASTIFY_CODES: Record<string, { status: number; code: string; title: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "payload-too-large",
    title: "The request body is too large.",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "unsupported-media-type",
    title: "Send the body as application/json.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "invalid-json", title: "The JSON body is empty." },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: "invalid-content-length",
    title: "Bad Content-Length.",
  },
};

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const instance = request.url.split("?")[0];
  if (error instanceof DomainError) {
    const { fields, retryAfterSeconds, ...rest } = error.details;
    if (retryAfterSeconds) reply.header("retry-after", String(retryAfterSeconds));
    return sendProblem(
      reply,
      problem(STATUS[error.kind], error.code, error.message, {
        instance,
        ...(fields && { errors: fields }),
        ...rest,
      }),
    );
  }
  // Values that pass validation yet Postgres refuses (a NUL character, a year it cannot
  // store): the caller's data, so a 400, never a 500.
  if (sqlState(error)?.startsWith("22")) {
    return sendProblem(
      reply,
      problem(400, "invalid-value", "A value in the request cannot be stored.", { instance }),
    );
  }
  const fastifyError = error as FastifyError;
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return sendProblem(reply, problem(known.status, known.code, known.title, { instance }));
  if (error instanceof SyntaxError || fastifyError.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return sendProblem(reply, problem(400, "invalid-json", "The body is not valid JSON.", { instance }));
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    return sendProblem(
      reply,
      problem(status, "bad-request", "The request could not be understood.", { instance }),
    );
  }
  request.log.error(
    { err: { type: error.name, message: error.message, stack: error.stack } },
    "unhandled error",
  );
  return sendProblem(
    reply,
    problem(500, "internal-error", "Something went wrong on our side.", { instance }),
  );
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(
    reply,
    problem(404, "route-not-found", `No route ${request.method} ${request.url.split("?")[0]}.`, {
      instance: request.url.split("?")[0],
    }),
  );
}
