import { type ReactNode, useEffect, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import { authApi } from "../api/auth-api.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { problemMessage } from "../i18n/problem-message.ts";
import { navigate } from "../router/navigation.ts";
import { setSession, useSessionState } from "./session-store.ts";
import { SessionContext } from "./use-session.ts";

/** The login address that brings the user back here afterwards. */
export function loginAddress(): string {
  const here = window.location.pathname + window.location.search;
  return here === "/" || here.startsWith("/login") ? "/login" : `/login?next=${encodeURIComponent(here)}`;
}

/** Renders its children only with a session; without one, sends the user to log in. */
export function SessionGate({ children }: { children: ReactNode }) {
  const i18n = useI18n();
  const session = useSessionState();
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    if (session !== undefined) return;
    authApi.me().then(setSession, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) {
        setSession(null);
      } else {
        setFailure(error);
      }
    });
  }, [session]);

  useEffect(() => {
    if (session === null) navigate(loginAddress(), { replace: true });
  }, [session]);

  if (failure) {
    return (
      <p className="notice notice--error" role="alert">
        {problemMessage(failure, i18n)}
      </p>
    );
  }
  if (!session) {
    return (
      <p className="loading" role="status">
        {i18n.t("common.loading")}
      </p>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
