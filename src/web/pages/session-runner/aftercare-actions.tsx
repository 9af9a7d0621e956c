import { useRef, useState } from "react";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { Session } from "../../api/sessions-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";

// The aftercare sheet handed to the client, in their language (the server picks it). Printing
// loads the sheet into a hidden frame of this same origin and prints that frame, so the
// tablet's print dialog shows the sheet, not the runner. The PDF is for sending or saving.

type PrintState = "idle" | "loading" | "failed";

export function AftercareActions({ session }: { session: Session }) {
  const { t } = useI18n();
  const frame = useRef<HTMLIFrameElement>(null);
  // Each click loads the sheet afresh, so a reprint shows what the server has now.
  const [loads, setLoads] = useState(0);
  const [state, setState] = useState<PrintState>("idle");

  const printLoaded = () => {
    const view = frame.current?.contentWindow;
    // A refusal (a problem document, or an error page when framing is refused) is not the sheet.
    let isSheet = false;
    try {
      isSheet = view?.document.contentType === "text/html";
    } catch {
      isSheet = false;
    }
    if (!view || !isSheet) {
      setState("failed");
      return;
    }
    setState("idle");
    view.focus();
    view.print();
  };

  return (
    <section className="session-step aftercare-actions" aria-labelledby="aftercare-heading">
      <h2 id="aftercare-heading">{t("session.aftercare.title")}</h2>
      <p className="muted">{t("session.aftercare.hint")}</p>
      <div className="session-actions aftercare-actions__buttons">
        <button
          type="button"
          className="button button--primary button--touch"
          disabled={state === "loading"}
          onClick={() => {
            setState("loading");
            setLoads((count) => count + 1);
          }}
        >
          {t("session.aftercare.print")}
        </button>
        <a className="button button--touch" href={sessionsApi.aftercareUrl(session.id, "pdf")} download>
          {t("session.aftercare.pdf")}
        </a>
      </div>
      <p className="muted" role="status">
        {state === "loading" ? t("session.aftercare.loading") : ""}
      </p>
      {state === "failed" && (
        <p className="notice notice--error" role="alert">
          {t("session.aftercare.failed")}
        </p>
      )}
      {loads > 0 && (
        <iframe
          key={loads}
          ref={frame}
          className="print-frame"
          title={t("session.aftercare.frameTitle")}
          src={sessionsApi.aftercareUrl(session.id, "html")}
          tabIndex={-1}
          onLoad={printLoaded}
        />
      )}
    </section>
  );
}
