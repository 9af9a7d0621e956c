import { useEffect, useState } from "react";
import { CheckboxField, TextField } from "../../components/form-field.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";
import { Link } from "../../router/link.tsx";
import { navigate, useAddress } from "../../router/navigation.ts";
import { ClientsTable } from "./clients-table.tsx";
import { useClientSearch } from "./use-client-search.ts";

const SEARCH_DELAY_MS = 300;

export function ClientsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { query } = useAddress();
  // The search lives in the address too, so going back from a client returns to the same list.
  const [text, setText] = useState(query.get("q") ?? "");
  const [includeArchived, setIncludeArchived] = useState(query.get("archived") === "true");
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useClientSearch(q, includeArchived);

  useEffect(() => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (includeArchived) params.set("archived", "true");
    const search = params.toString();
    navigate(search ? `/clients?${search}` : "/clients", { replace: true });
  }, [q, includeArchived]);

  return (
    <>
      <PageHeading
        title={t("clients.title")}
        actions={
          <Link className="button button--primary" to="/clients/new">
            {t("clients.new")}
          </Link>
        }
      />
      <search className="toolbar">
        <TextField
          className="toolbar__search"
          label={t("clients.search")}
          type="search"
          name="q"
          autoComplete="off"
          placeholder={t("clients.searchPlaceholder")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <CheckboxField
          label={t("clients.includeArchived")}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.target.checked)}
        />
      </search>
      {search.error ? (
        <p className="notice notice--error" role="alert">
          {problemMessage(search.error, i18n)}
        </p>
      ) : null}
      <div aria-busy={search.loading} aria-live="polite" className="results">
        {search.items.length === 0 && !search.loading && !search.error ? (
          <p className="empty">{q ? t("clients.noMatches", { q }) : t("clients.none")}</p>
        ) : (
          <ClientsTable clients={search.items} />
        )}
      </div>
      {search.loading && (
        <p className="loading" role="status">
          {t("common.loading")}
        </p>
      )}
      {search.nextCursor && !search.loading && (
        <button type="button" className="button load-more" onClick={search.loadMore}>
          {t("clients.loadMore")}
        </button>
      )}
    </>
  );
}
