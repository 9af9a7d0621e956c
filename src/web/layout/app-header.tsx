import { useEffect, useState } from "react";
import { authApi } from "../api/auth-api.ts";
import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../router/link.tsx";
import { navigate } from "../router/navigation.ts";
import { setSession } from "../session/session-store.ts";
import { useSession } from "../session/use-session.ts";
import { LanguageSwitch } from "./language-switch.tsx";

const NAV: { to: string; label: MessageKey }[] = [
  { to: "/calendar", label: "nav.calendar" },
  { to: "/clients", label: "nav.clients" },
  { to: "/staff", label: "nav.staff" },
  { to: "/clinic", label: "nav.clinic" },
  { to: "/encyclopedia", label: "nav.encyclopedia" },
  { to: "/prices", label: "nav.prices" },
  { to: "/advisor", label: "nav.advisor" },
];

function isCurrent(path: string, to: string): boolean {
  if (to === "/clinic") return path === "/clinic" || path.startsWith("/clinics");
  return path === to || path.startsWith(`${to}/`);
}

export function AppHeader({ path }: { path: string }) {
  const { t } = useI18n();
  const me = useSession();
  // On a phone the nav folds behind a menu button; a navigation folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: fold the menu whenever the page changes
  useEffect(() => setMenuOpen(false), [path]);

  const logout = async () => {
    try {
      await authApi.logout();
    } finally {
      // Leave the logged-in pages first, so the session gate does not ask to come back here.
      navigate("/login");
      setSession(null);
    }
  };

  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link to="/clients" className="brand">
          <span className="brand__name">Cryodesk</span>
          <span className="brand__organisation">{me.organisation.name}</span>
        </Link>
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {menuOpen ? t("header.closeMenu") : t("header.menu")}
        </button>
      </div>
      <div id="app-menu" className={`app-menu${menuOpen ? " app-menu--open" : ""}`}>
        <nav aria-label={t("header.navigation")}>
          <ul className="app-nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(path, item.to) ? "page" : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-menu__user">
          <span className="user-name" title={me.user.email}>
            {me.user.name}
          </span>
          <LanguageSwitch />
          <button type="button" className="button button--quiet" onClick={logout}>
            {t("header.logout")}
          </button>
        </div>
      </div>
    </header>
  );
}
