import { PageHeading } from "../components/page-heading.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { Link } from "../router/link.tsx";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <Link to="/clients">{t("notFound.back")}</Link>
    </>
  );
}
