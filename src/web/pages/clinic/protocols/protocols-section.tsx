import { catalogApi } from "../../../api/catalog-api.ts";
import { type ClinicProtocol, protocolsApi } from "../../../api/protocols-api.ts";
import { LoadState } from "../../../components/load-state.tsx";
import { useLoad } from "../../../components/use-load.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { ProtocolItem } from "./protocol-item.tsx";

async function loadProtocols(clinicId: string) {
  const [procedures, protocols] = await Promise.all([catalogApi.procedures(), protocolsApi.list(clinicId)]);
  return { procedures: procedures.items, protocols: protocols.items };
}

/** The clinic's protocol for every procedure: its own values inside (or, with a reason, outside) the documented ranges. */
export function ProtocolsSection({ clinicId, editable }: { clinicId: string; editable: boolean }) {
  const { t, language } = useI18n();
  const view = useLoad(`protocols-${clinicId}`, () => loadProtocols(clinicId));
  const replace = (protocol: ClinicProtocol) =>
    view.setData(
      (previous) =>
        previous && {
          ...previous,
          protocols: [...previous.protocols.filter((p) => p.procedureId !== protocol.procedureId), protocol],
        },
    );
  return (
    <section className="panel" aria-labelledby="protocols-heading">
      <h2 id="protocols-heading">{t("protocol.title")}</h2>
      <p className="muted">{t(editable ? "protocol.lead" : "protocol.leadReadOnly")}</p>
      <LoadState data={view.data} error={view.error} loading={view.loading}>
        {({ procedures, protocols }) => (
          <ul className="protocol-list">
            {[...procedures]
              .sort((a, b) => a.names[language].localeCompare(b.names[language], language))
              .map((procedure) => (
                <ProtocolItem
                  key={procedure.id}
                  clinicId={clinicId}
                  procedure={procedure}
                  protocol={protocols.find((protocol) => protocol.procedureId === procedure.id)}
                  editable={editable}
                  onSaved={replace}
                />
              ))}
          </ul>
        )}
      </LoadState>
    </section>
  );
}
