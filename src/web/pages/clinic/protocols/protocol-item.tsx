import { useState } from "react";
import { catalogApi } from "../../../api/catalog-api.ts";
import type { ProcedureSummary } from "../../../api/catalog-types.ts";
import type { ClinicProtocol } from "../../../api/protocols-api.ts";
import { LoadState } from "../../../components/load-state.tsx";
import { useLoad } from "../../../components/use-load.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { ProtocolForm } from "./protocol-form.tsx";

interface ItemProps {
  clinicId: string;
  procedure: ProcedureSummary;
  protocol: ClinicProtocol | undefined;
  editable: boolean;
  onSaved: (protocol: ClinicProtocol) => void;
}

/** The form, once opened: it needs the procedure's methods and documented ranges. */
function ProtocolEditor(props: ItemProps) {
  const detail = useLoad(`procedure-${props.procedure.id}`, () => catalogApi.procedure(props.procedure.id));
  return (
    <LoadState data={detail.data} error={detail.error} loading={detail.loading}>
      {(procedure) => <ProtocolForm {...props} procedure={procedure} />}
    </LoadState>
  );
}

/** One procedure: its name and whether the clinic set values (off-label or not); opens to the form. */
export function ProtocolItem(props: ItemProps) {
  const { t, language } = useI18n();
  const [open, setOpen] = useState(false);
  const { protocol } = props;
  const hasValues = protocol !== undefined && Object.keys(protocol.values).length > 0;
  return (
    <li className="protocol-item">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="protocol-item__name">{props.procedure.names[language]}</span>
          {protocol?.offLabelReason ? (
            <span className="badge badge--off-label">
              <span aria-hidden="true">⚑ </span>
              {t("protocol.offLabel")}
            </span>
          ) : hasValues ? (
            <span className="badge badge--ok">{t("protocol.clinicValues")}</span>
          ) : (
            <span className="badge badge--muted">{t("protocol.noValues")}</span>
          )}
        </summary>
        {open && <ProtocolEditor {...props} />}
      </details>
    </li>
  );
}
