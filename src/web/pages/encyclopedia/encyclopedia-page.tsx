import { catalogApi } from "../../api/catalog-api.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { ConditionSearch } from "./condition-search.tsx";
import { groupByPurpose } from "./procedure-groups.ts";

/** The public encyclopedia: "what helps with…", then every procedure under the purposes it serves. */
export function EncyclopediaPage() {
  const { t, language } = useI18n();
  const list = useLoad("procedures", () => catalogApi.procedures());
  return (
    <>
      <PageHeading title={t("encyclopedia.title")} />
      <p className="lead">{t("encyclopedia.lead")}</p>
      <ConditionSearch />
      <LoadState data={list.data} error={list.error} loading={list.loading}>
        {({ items }) =>
          groupByPurpose(items, language).map((group) => (
            <section
              key={group.purpose}
              className="procedure-group"
              aria-labelledby={`purpose-${group.purpose}`}
            >
              <h2 id={`purpose-${group.purpose}`}>{t(`purpose.${group.purpose}`)}</h2>
              <ul className="cards cards--grid">
                {group.procedures.map((procedure) => (
                  <li key={procedure.id} className="card">
                    <h3 className="card__title">
                      <Link to={`/encyclopedia/${procedure.id}`}>{procedure.names[language]}</Link>
                    </h3>
                    <p className="card__text">{procedure.summary[language]}</p>
                    <p className="card__meta">
                      <span className="badge badge--muted">{t(`extent.${procedure.category.extent}`)}</span>{" "}
                      <span className="muted">
                        {procedure.sites.map((site) => t(`site.${site}`)).join(", ")}
                      </span>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))
        }
      </LoadState>
    </>
  );
}
