import { type FormEvent, useState } from "react";
import { bookingSetupApi, type SetupResource } from "../../api/booking-setup-api.ts";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { resourceTypeLabel } from "./resource-type-label.ts";

/** One room or device: its name and type, renamed in place, taken out of use or back. */
export function ResourceItem(props: { resource: SetupResource; editable: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { resource } = props;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(resource.name);
  const submission = useSubmission();

  const save = async (patch: { name?: string; active?: boolean }) => {
    const updated = await submission.run(() =>
      bookingSetupApi.updateResource(resource.clinicId, resource.id, patch),
    );
    if (updated) {
      setRenaming(false);
      props.onChanged();
    }
  };

  const rename = (event: FormEvent) => {
    event.preventDefault();
    void save({ name });
  };

  return (
    <li className="setup-item">
      <div className="setup-item__head">
        <span className="setup-item__name">{resource.name}</span>
        <span className="badge badge--muted">{resourceTypeLabel(resource.type, t)}</span>
        {!resource.active && <span className="badge badge--pending">{t("setup.inactive")}</span>}
      </div>
      {!renaming && <FormAlert error={submission.formError} />}
      {renaming ? (
        <form ref={submission.formRef} className="form setup-item__form" onSubmit={rename} noValidate>
          <FormAlert error={submission.formError} />
          <TextField
            label={t("setup.newName", { name: resource.name })}
            field="name"
            required
            value={name}
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
            error={submission.fieldError("name")}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary button--small"
              disabled={submission.pending}
            >
              {t("common.save")}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                setRenaming(false);
                setName(resource.name);
                submission.reset();
              }}
            >
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : (
        props.editable && (
          <div className="form-actions setup-item__actions">
            <button
              type="button"
              className="button button--small"
              aria-label={t("setup.renameNamed", { name: resource.name })}
              onClick={() => setRenaming(true)}
            >
              {t("setup.rename")}
            </button>
            {resource.active ? (
              <ConfirmButton
                label={t("setup.deactivate")}
                question={t("setup.deactivateQuestion", { name: resource.name })}
                confirmLabel={t("setup.deactivateConfirm")}
                cancelLabel={t("common.cancel")}
                disabled={submission.pending}
                onConfirm={() => save({ active: false })}
              />
            ) : (
              <button
                type="button"
                className="button button--small"
                disabled={submission.pending}
                onClick={() => save({ active: true })}
              >
                {t("setup.reactivate")}
              </button>
            )}
          </div>
        )
      )}
    </li>
  );
}
