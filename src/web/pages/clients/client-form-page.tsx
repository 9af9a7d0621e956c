import { useState } from "react";
import { clientsApi } from "../../api/clients-api.ts";
import type { Client } from "../../api/types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { useAddress } from "../../router/navigation.ts";
import { navigateWithFlash } from "../../session/flash.ts";
import { ClientCoursesPanel } from "../courses/client-courses-panel.tsx";
import { ClientAdverseEventsPanel } from "./adverse-events/client-adverse-events-panel.tsx";
import { ClientArchivePanel } from "./client-archive-panel.tsx";
import { ClientForm } from "./client-form.tsx";
import {
  type ClientFormValues,
  clientName,
  EMPTY_CLIENT,
  inputFromValues,
  valuesFromClient,
} from "./client-form-values.ts";
import { ClientScreeningPanel } from "./screening/client-screening-panel.tsx";

export function ClientFormPage({ clientId }: { clientId: string | null }) {
  const { t } = useI18n();
  const loaded = useLoad<Client | null>(clientId ?? "new", () =>
    clientId ? clientsApi.get(clientId) : Promise.resolve(null),
  );
  return (
    <LoadState data={loaded.data} error={loaded.error} loading={loaded.loading}>
      {(client) =>
        client ? (
          <EditClient client={client} onSaved={loaded.setData} />
        ) : (
          <>
            <PageHeading title={t("clients.newTitle")} />
            <NewClient />
          </>
        )
      }
    </LoadState>
  );
}

function NewClient() {
  const { t } = useI18n();
  const [values, setValues] = useState<ClientFormValues>(EMPTY_CLIENT);
  const submission = useSubmission();
  // One key per form: a double submit or a retry after a lost answer creates one client.
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  const save = async () => {
    const created = await submission.run(() => clientsApi.create(inputFromValues(values), idempotencyKey));
    if (created) navigateWithFlash("/clients", t("clients.added", { name: clientName(created) }));
  };

  return (
    <ClientForm
      values={values}
      onChange={setValues}
      onSubmit={save}
      submission={submission}
      success={null}
      actions={
        <Link className="button button--quiet" to="/clients">
          {t("common.cancel")}
        </Link>
      }
    />
  );
}

function EditClient({ client, onSaved }: { client: Client; onSaved: (client: Client) => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<ClientFormValues>(() => valuesFromClient(client));
  const [saved, setSaved] = useState(false);
  // Opened from a session (`?appointment=`), a new adverse event can be linked to it.
  const { query } = useAddress();
  // An adverse event pauses the client's courses on the server: the courses panel loads afresh.
  const [coursesVersion, setCoursesVersion] = useState(0);
  const submission = useSubmission();

  const save = async () => {
    setSaved(false);
    const updated = await submission.run(() => clientsApi.update(client.id, inputFromValues(values)));
    if (updated) {
      onSaved(updated);
      setSaved(true);
    }
  };

  return (
    <>
      <PageHeading title={clientName(client)} />
      {client.archivedAt && <p className="notice notice--warning">{t("client.archivedNotice")}</p>}
      <ClientForm
        values={values}
        onChange={(next) => {
          setSaved(false);
          setValues(next);
        }}
        onSubmit={save}
        submission={submission}
        success={saved ? t("common.saved") : null}
        actions={
          <Link className="button button--quiet" to="/clients">
            {t("clients.backToList")}
          </Link>
        }
      />
      <ClientScreeningPanel clientId={client.id} />
      <ClientAdverseEventsPanel
        clientId={client.id}
        appointmentId={query.get("appointment") ?? undefined}
        onChanged={() => setCoursesVersion((n) => n + 1)}
      />
      <ClientCoursesPanel key={coursesVersion} clientId={client.id} />
      <ClientArchivePanel client={client} onChanged={onSaved} />
    </>
  );
}
