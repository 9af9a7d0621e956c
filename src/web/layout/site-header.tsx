import type { MessageKey } from "../i18n/en.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../router/link.tsx";
import { LanguageSwitch } from "./language-switch.tsx";

export const SITE_NAV: { to: string; label: MessageKey }[] = [
  { to: "/encyclopedia", label: "nav.encyclopedia" },
  { to: "/prices", label: "nav.prices" },
  { to: "/advisor", label: "nav.advisor" },
];

/** The public site's header for visitors: the encyclopedia, prices, the advisor, the language and the way in for staff. */
export function SiteHeader({ path }: { path: string }) {
  const { t } = useI18n();
  return (
    <header className="site-header">
      <Link to="/encyclopedia" className="brand">
        <span className="brand__name">Cryodesk</span>
        <span className="brand__organisation">{t("site.tagline")}</span>
      </Link>
      <nav aria-label={t("site.navigation")} className="site-header__nav">
        <ul className="app-nav site-header__links">
          {SITE_NAV.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                aria-current={path === item.to || path.startsWith(`${item.to}/`) ? "page" : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="site-header__language">
        <LanguageSwitch />
      </div>
      <Link to="/login" className="button button--small site-header__login">
        <span className="site-header__login-long">{t("site.login")}</span>
        {/* A phone has room for the short label only; display:none keeps it out of screen readers too. */}
        <span className="site-header__login-short">{t("site.loginShort")}</span>
      </Link>
    </header>
  );
}
