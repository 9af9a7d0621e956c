import { useState } from "react";
import { TextField } from "../../components/form-field.tsx";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";
import { Link } from "../../router/link.tsx";
import { clientName } from "../clients/client-form-values.ts";
import { useClientSearch } from "../clients/use-client-search.ts";

// Step 1: find the client among existing ones (name, phone or e-mail) and choose them.

const SEARCH_DELAY_MS = 300;

export function ClientStep(props: {
  chosen: { id: string; name: string } | null;
  onChoose: (client: { id: string; name: string }) => void;
}) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const [text, setText] = useState("");
  const q = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useClientSearch(q, false);

  return (
    <div className="wizard-step">
      <search className="toolbar">
        <TextField
          className="toolbar__search"
          label={t("wizard.client.search")}
          hint={t("wizard.client.searchHint")}
          type="search"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Link className="button" to="/clients/new">
          {t("wizard.client.new")}
        </Link>
      </search>
      {search.error ? (
        <p className="notice notice--error" role="alert">
          {problemMessage(search.error, i18n)}
        </p>
      ) : null}
      <fieldset className="choice-list" aria-busy={search.loading}>
        <legend>{t("wizard.client.choose")}</legend>
        {search.items.length === 0 && !search.loading && (
          <p className="empty">{q ? t("wizard.client.noMatches", { q }) : t("wizard.client.none")}</p>
        )}
        {search.items.map((client) => {
          const name = clientName(client);
          const details = [client.phone, client.birthDate && formatDate(client.birthDate)].filter(Boolean);
          return (
            <label key={client.id} className="choice">
              <input
                type="radio"
                name="wizard-client"
                checked={props.chosen?.id === client.id}
                onChange={() => props.onChoose({ id: client.id, name })}
              />
              <span className="choice__main">{name}</span>
              {details.length > 0 && <span className="choice__sub">{details.join(" · ")}</span>}
            </label>
          );
        })}
      </fieldset>
      {search.nextCursor && !search.loading && (
        <button type="button" className="button load-more" onClick={search.loadMore}>
          {t("wizard.client.more")}
        </button>
      )}
    </div>
  );
}
