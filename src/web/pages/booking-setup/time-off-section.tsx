import { useState } from "react";
import { bookingSetupApi } from "../../api/booking-setup-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { LoadState } from "../../components/load-state.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { formatClinicRange } from "./clinic-instant.ts";
import { TimeRangeForm } from "./time-range-form.tsx";

/** A practitioner's time off (holiday, training, sick leave): no one books them then, at any clinic. */
export function TimeOffSection(props: { userId: string; name: string; timeZone: string; editable: boolean }) {
  const { t, language } = useI18n();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((count) => count + 1);
  const list = useLoad(`time-off:${props.userId}:${version}`, () => bookingSetupApi.timeOff(props.userId));
  const removing = useSubmission();
  const now = Date.now();

  const remove = async (timeOffId: string) => {
    const done = await removing.run(async () => {
      await bookingSetupApi.removeTimeOff(props.userId, timeOffId);
      return true;
    });
    if (done) changed();
  };

  return (
    <section className="panel" aria-labelledby="time-off-heading">
      <h2 id="time-off-heading">{t("setup.timeOffOf", { name: props.name })}</h2>
      <FormAlert error={removing.formError} />
      <LoadState data={list.data} error={list.error} loading={list.loading}>
        {({ items }) => {
          // Past time off is history: the list shows what is still to come.
          const coming = items.filter((item) => Date.parse(item.end) > now);
          return coming.length === 0 ? (
            <p className="empty">{t("setup.noTimeOff")}</p>
          ) : (
            <ul className="item-list">
              {coming.map((item) => {
                const when = formatClinicRange(item.start, item.end, props.timeZone, language);
                return (
                  <li key={item.id} className="item-list__row">
                    <span className="item-list__main">{when}</span>
                    {item.reason && <span className="muted">{item.reason}</span>}
                    {props.editable && (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        disabled={removing.pending}
                        aria-label={t("setup.removeTimeOff", { when })}
                        onClick={() => remove(item.id)}
                      >
                        {t("common.remove")}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          );
        }}
      </LoadState>
      {props.editable && (
        <TimeRangeForm
          heading={t("setup.addTimeOff")}
          submitLabel={t("setup.addTimeOffSubmit")}
          timeZone={props.timeZone}
          save={(draft, key) => bookingSetupApi.addTimeOff(props.userId, draft, key)}
          onSaved={changed}
        />
      )}
    </section>
  );
}
