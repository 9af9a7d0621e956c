import type { Resource } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";

// Rooms first, then cabins, devices and flasks: the order a floor plan is read in.
const KIND_ORDER: Resource["kind"][] = ["room", "cryosauna-cabin", "device", "dewar"];

function byKindThenName(a: Resource, b: Resource): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name);
}

/** Rooms, cabins, devices and Dewar flasks: shown here, managed elsewhere. */
export function ResourcesList({ resources }: { resources: Resource[] }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="resources-heading">
      <h2 id="resources-heading">{t("clinic.resources")}</h2>
      {resources.length === 0 ? (
        <p className="empty">{t("clinic.noResources")}</p>
      ) : (
        <ul className="item-list">
          {[...resources].sort(byKindThenName).map((resource) => (
            <li key={resource.id} className="item-list__row">
              <span className="item-list__main">{resource.name}</span>
              <span className="badge badge--muted">{t(`resource.${resource.kind}`)}</span>
              {!resource.active && <span className="badge badge--muted">{t("clinic.resourceInactive")}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
