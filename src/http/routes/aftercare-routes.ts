import { z } from "zod";
import { renderAftercareHtml, renderAftercarePdf } from "../../app/aftercare-render.ts";
import { sessionAftercareSheet } from "../../app/aftercare-service.ts";
import type { AppDeps } from "../../app/deps.ts";
import { defineRoute } from "../route.ts";

/**
 * The sheet's own policy: it has no script and only inline styles, and unlike every other
 * page it may be framed by the app itself, which prints it from a hidden frame.
 */
export const AFTERCARE_SHEET_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const aftercareQuery = z.strictObject({
  format: z.enum(["html", "pdf"]).default("html"),
  lang: z.enum(["en", "ru"]).optional().describe("The sheet's language; the client's language by default"),
});

export function aftercareRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: "GET",
      url: "/api/v1/sessions/:id/aftercare",
      summary:
        "The aftercare sheet of a session's procedure and method, as printable HTML or PDF, in the client's language unless lang says otherwise",
      tag: "sessions",
      auth: "session",
      params: z.object({ id: z.uuid() }),
      query: aftercareQuery,
      responses: {
        200: {
          description: "The sheet (text/html or application/pdf)",
          schema: z.string(),
          contentType: "text/html",
        },
      },
      handler: async ({ actor, params, query, reply }) => {
        const sheet = await sessionAftercareSheet(deps, actor, params.id, query.lang);
        // Health information about a named client: never kept by a shared cache.
        reply.header("cache-control", "private, no-store");
        if (query.format === "pdf") {
          const pdf = await renderAftercarePdf(sheet);
          reply.type("application/pdf");
          reply.header("content-disposition", `inline; filename="aftercare-${params.id}.pdf"`);
          return pdf;
        }
        reply.type("text/html; charset=utf-8");
        reply.header("content-security-policy", AFTERCARE_SHEET_POLICY);
        reply.header("x-frame-options", "SAMEORIGIN");
        return renderAftercareHtml(sheet);
      },
    }),
  ];
}
