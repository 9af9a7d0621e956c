import { useState } from "react";
import { screeningApi } from "../../../api/screening-api.ts";
import { FormAlert } from "../../../components/form-alert.tsx";
import { LoadState } from "../../../components/load-state.tsx";
import { useLoad } from "../../../components/use-load.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { CurrentVerdicts } from "./current-verdicts.tsx";
import { RecordScreeningForm } from "./record-screening-form.tsx";
import { useScreeningNames } from "./screening-catalog.ts";
import { ScreeningHistory } from "./screening-history.tsx";

/**
 * The client's screening: the current verdict per procedure (and a physician's clearance),
 * recording a new intake or pre-session screening, and every earlier one.
 */
export function ClientScreeningPanel({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const screenings = useLoad(`screenings:${clientId}:${version}`, () => screeningApi.ofClient(clientId));
  const names = useScreeningNames();
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="panel screening-panel" aria-labelledby="screening-heading">
      <div className="panel-heading">
        <h2 id="screening-heading">{t("screening.title")}</h2>
        {!recording && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setNotice(null);
              setRecording(true);
            }}
          >
            {t("screening.record")}
          </button>
        )}
      </div>
      <FormAlert error={null} success={notice} />
      <LoadState
        data={screenings.data && names.names ? { ...screenings.data, names: names.names } : undefined}
        error={screenings.error ?? names.error}
        loading={screenings.loading || names.loading}
      >
        {(data) => (
          <>
            {recording && (
              <RecordScreeningForm
                clientId={clientId}
                names={data.names}
                onCancel={() => setRecording(false)}
                onRecorded={() => {
                  setRecording(false);
                  setNotice(t("screening.recorded"));
                  setVersion((n) => n + 1);
                }}
              />
            )}
            <CurrentVerdicts
              clientId={clientId}
              screenings={data}
              names={data.names}
              onChanged={(next) => screenings.setData(next)}
              onCleared={setNotice}
            />
            <ScreeningHistory history={data.history} names={data.names} />
          </>
        )}
      </LoadState>
    </section>
  );
}
