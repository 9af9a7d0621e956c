import { type FormEvent, useState } from "react";
import { clinicsApi } from "../../api/clinics-api.ts";
import type { Clinic } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";

const EMPTY_CLOSURE = { startsOn: "", endsOn: "", reason: "" };

/** Days the clinic is shut (holidays, maintenance): listed, added and removed here. */
export function ClosuresSection(props: {
  clinic: Clinic;
  editable: boolean;
  onChanged: (clinic: Clinic) => void;
}) {
  const { t, formatDate } = useI18n();
  const [draft, setDraft] = useState(EMPTY_CLOSURE);
  const adding = useSubmission();
  const removing = useSubmission();
  const closures = [...props.clinic.closures].sort((a, b) => a.startsOn.localeCompare(b.startsOn));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    // A one-day closure needs only its first day.
    const closure = { ...draft, endsOn: draft.endsOn || draft.startsOn };
    const updated = await adding.run(() => clinicsApi.addClosure(props.clinic.id, closure));
    if (updated) {
      props.onChanged(updated);
      setDraft(EMPTY_CLOSURE);
    }
  };

  const remove = async (closureId: string) => {
    const updated = await removing.run(() => clinicsApi.removeClosure(props.clinic.id, closureId));
    if (updated) props.onChanged(updated);
  };

  const dates = (startsOn: string, endsOn: string) =>
    startsOn === endsOn ? formatDate(startsOn) : `${formatDate(startsOn)} – ${formatDate(endsOn)}`;

  return (
    <section className="panel" aria-labelledby="closures-heading">
      <h2 id="closures-heading">{t("clinic.closures")}</h2>
      <FormAlert error={removing.formError} />
      {closures.length === 0 ? (
        <p className="empty">{t("clinic.noClosures")}</p>
      ) : (
        <ul className="item-list">
          {closures.map((closure) => (
            <li key={closure.id} className="item-list__row">
              <span className="item-list__main">{dates(closure.startsOn, closure.endsOn)}</span>
              <span className="muted">{closure.reason}</span>
              {props.editable && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  disabled={removing.pending}
                  aria-label={t("clinic.removeClosure", { dates: dates(closure.startsOn, closure.endsOn) })}
                  onClick={() => remove(closure.id)}
                >
                  {t("common.remove")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.editable && (
        <form ref={adding.formRef} className="form closure-form" onSubmit={add} noValidate>
          <h3>{t("clinic.addClosure")}</h3>
          <FormAlert error={adding.formError} />
          <div className="form-grid">
            <TextField
              label={t("clinic.closureStartsOn")}
              field="startsOn"
              type="date"
              value={draft.startsOn}
              onChange={(event) => setDraft({ ...draft, startsOn: event.target.value })}
              error={adding.fieldError("startsOn")}
            />
            <TextField
              label={t("clinic.closureEndsOn")}
              hint={t("clinic.closureEndsOnHint")}
              field="endsOn"
              type="date"
              value={draft.endsOn}
              onChange={(event) => setDraft({ ...draft, endsOn: event.target.value })}
              error={adding.fieldError("endsOn")}
            />
            <TextField
              className="form-grid__wide"
              label={t("clinic.closureReason")}
              field="reason"
              value={draft.reason}
              onChange={(event) => setDraft({ ...draft, reason: event.target.value })}
              error={adding.fieldError("reason")}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={adding.pending}>
              {t("clinic.addClosureSubmit")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
