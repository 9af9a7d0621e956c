import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { useFlash } from "../session/flash.ts";
import { AppHeader } from "./app-header.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

/** The frame of every logged-in page: header, a one-time message, the page. */
export function AppLayout({ path, children }: { path: string; children: ReactNode }) {
  const { t } = useI18n();
  const flash = useFlash(path);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <AppHeader path={path} />
      <main id="main" className="page">
        <p className="notice notice--success flash" role="status" hidden={!flash}>
          {flash}
        </p>
        {children}
      </main>
    </>
  );
}

/** The frame of pages used without a session: login, accepting an invitation. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="public-page">
      <header className="public-page__header">
        <span className="brand__name">Cryodesk</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="public-page__card">
        {children}
      </main>
    </div>
  );
}
