import { type ReactNode, useEffect } from "react";
import { ApiError } from "../api/api-error.ts";
import { authApi } from "../api/auth-api.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { setSession, useSessionState } from "../session/session-store.ts";
import { SessionContext } from "../session/use-session.ts";
import { AppHeader } from "./app-header.tsx";
import { SiteHeader } from "./site-header.tsx";

/**
 * The frame of the public pages (encyclopedia, prices). Staff who are logged in keep the
 * app's header; visitors get the site's. Only the header changes once the session is
 * known, so the page below it is not loaded twice.
 */
export function SiteFrame({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useI18n();
  const session = useSessionState();

  useEffect(() => {
    if (session !== undefined) return;
    authApi.me().then(setSession, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setSession(null);
    });
  }, [session]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      {session ? (
        <SessionContext.Provider value={session}>
          <AppHeader path={path} />
        </SessionContext.Provider>
      ) : (
        <SiteHeader path={path} />
      )}
      <main id="main" className="page">
        {children}
      </main>
    </>
  );
}
