import { type FormEvent, useEffect, useState } from "react";
import { bookingSetupApi, type ResourceDraft } from "../../api/booking-setup-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { SelectField, TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { deviceKindLabel } from "./resource-type-label.ts";
import { KNOWN_DEVICE_KINDS, RESOURCE_KINDS } from "./resource-types.ts";

const EMPTY: ResourceDraft = { name: "", kind: "room", deviceKind: "" };

/** A new room, cryosauna cabin, device or Dewar flask; a device says what kind of device it is. */
export function ResourceAddForm(props: { clinicId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ResourceDraft>(EMPTY);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [added, setAdded] = useState<string | null>(null);
  const submission = useSubmission();
  const [missing, setMissing] = useState<Partial<Record<"name" | "deviceKind", string>>>({});
  const [refusals, setRefusals] = useState(0);
  const isDevice = draft.kind === "device";

  // The first box left empty takes focus, as after a refusal by the server.
  useEffect(() => {
    if (refusals > 0)
      submission.formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [refusals, submission.formRef]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: ResourceDraft = {
      name: draft.name.trim(),
      kind: draft.kind,
      ...(isDevice && { deviceKind: draft.deviceKind?.trim() ?? "" }),
    };
    const empty = {
      ...(!body.name && { name: t("setup.required") }),
      ...(isDevice && !body.deviceKind && { deviceKind: t("setup.required") }),
    };
    setMissing(empty);
    if (Object.keys(empty).length > 0) {
      submission.reset();
      setAdded(null);
      setRefusals((count) => count + 1);
      return;
    }
    const created = await submission.run(() =>
      bookingSetupApi.addResource(props.clinicId, body, idempotencyKey),
    );
    if (created) {
      setAdded(t("setup.resourceAdded", { name: created.name }));
      setDraft(EMPTY);
      setIdempotencyKey(crypto.randomUUID());
      props.onAdded();
    }
  };

  return (
    <section className="panel" aria-labelledby="resource-add-heading">
      <h2 id="resource-add-heading">{t("setup.addResource")}</h2>
      <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert error={submission.formError} success={added} />
        <div className="form-grid">
          <TextField
            label={t("setup.resourceName")}
            field="name"
            required
            maxLength={200}
            value={draft.name}
            onChange={(event) => {
              setAdded(null);
              setDraft({ ...draft, name: event.target.value });
            }}
            error={missing.name ?? submission.fieldError("name")}
          />
          <SelectField
            label={t("setup.resourceKind")}
            field="kind"
            value={draft.kind}
            onChange={(event) => setDraft({ ...draft, kind: event.target.value as ResourceDraft["kind"] })}
            error={submission.fieldError("kind")}
          >
            {RESOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`resource.${kind}`)}
              </option>
            ))}
          </SelectField>
          {isDevice && (
            <SelectField
              label={t("setup.deviceKind")}
              hint={t("setup.deviceKindHint")}
              field="deviceKind"
              required
              value={draft.deviceKind ?? ""}
              onChange={(event) => setDraft({ ...draft, deviceKind: event.target.value })}
              error={missing.deviceKind ?? submission.fieldError("deviceKind")}
            >
              <option value="">{t("setup.chooseDeviceKind")}</option>
              {KNOWN_DEVICE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {deviceKindLabel(kind, t)}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.pending}>
            {t("setup.addResourceSubmit")}
          </button>
        </div>
      </form>
    </section>
  );
}
