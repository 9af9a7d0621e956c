import { clientsApi } from "../../api/clients-api.ts";
import type { Client } from "../../api/types.ts";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { FormAlert } from "../../components/form-alert.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useCan } from "../../session/use-session.ts";

/** Archive hides a client from lists and keeps the history; restore brings them back. */
export function ClientArchivePanel({
  client,
  onChanged,
}: {
  client: Client;
  onChanged: (client: Client) => void;
}) {
  const { t } = useI18n();
  const mayArchive = useCan("client.archive");
  const submission = useSubmission();
  if (!mayArchive) return null;

  const change = async (archive: boolean) => {
    const changed = await submission.run(() =>
      archive ? clientsApi.archive(client.id) : clientsApi.restore(client.id),
    );
    if (changed) onChanged(changed);
  };

  return (
    <section className="panel" aria-labelledby="client-archive-heading">
      <h2 id="client-archive-heading">{t("client.archiveHeading")}</h2>
      <FormAlert error={submission.formError} />
      {client.archivedAt ? (
        <button type="button" className="button" disabled={submission.pending} onClick={() => change(false)}>
          {t("client.restore")}
        </button>
      ) : (
        <>
          <p className="muted">{t("client.archiveExplained")}</p>
          <ConfirmButton
            label={t("client.archive")}
            question={t("client.archiveQuestion")}
            confirmLabel={t("client.archiveConfirm")}
            cancelLabel={t("common.cancel")}
            disabled={submission.pending}
            onConfirm={() => change(true)}
          />
        </>
      )}
    </section>
  );
}
