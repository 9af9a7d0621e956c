import { useEffect, useRef } from "react";
import { SelectField, TextField } from "../../../components/form-field.tsx";
import { localToday } from "../../../components/local-today.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import type { ScreeningNames } from "./screening-catalog.ts";
import type { RecentProcedureRow, ScreeningField } from "./screening-form-values.ts";

/** Earlier procedures that can call for a pause (peels, mesotherapy…), each with its date. */
export function RecentProcedureRows(props: {
  rows: RecentProcedureRow[];
  names: ScreeningNames;
  errors: Partial<Record<ScreeningField, string>>;
  onChange: (rows: RecentProcedureRow[]) => void;
}) {
  const { t } = useI18n();
  const list = useRef<HTMLUListElement>(null);
  const added = useRef(false);
  const first = props.names.relatedProcedures[0]?.id ?? "";

  // A new row starts at its procedure box.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.querySelector<HTMLElement>("li:last-child select")?.focus();
  });

  const update = (index: number, change: Partial<RecentProcedureRow>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  return (
    <fieldset className="plain-fieldset">
      <legend>{t("screening.recent")}</legend>
      {props.rows.length > 0 && (
        <ul ref={list} className="recent-rows">
          {props.rows.map((row, index) => {
            const name = props.names.relatedProcedure(row.procedureId);
            return (
              <li key={row.key} className="recent-rows__row">
                <SelectField
                  label={t("screening.recentProcedure")}
                  value={row.procedureId}
                  onChange={(event) => update(index, { procedureId: event.target.value })}
                >
                  {props.names.relatedProcedures.map((procedure) => (
                    <option key={procedure.id} value={procedure.id}>
                      {procedure.name}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={`${t("screening.recentDate")} (${name})`}
                  type="date"
                  max={localToday()}
                  value={row.date}
                  onChange={(event) => update(index, { date: event.target.value })}
                  error={props.errors[`recent:${index}`]}
                />
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => props.onChange(props.rows.filter((_, i) => i !== index))}
                >
                  {t("screening.removeRecent", { procedure: name })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <button
          type="button"
          className="button button--small"
          disabled={!first}
          onClick={() => {
            added.current = true;
            props.onChange([...props.rows, { key: crypto.randomUUID(), procedureId: first, date: "" }]);
          }}
        >
          {t("screening.addRecent")}
        </button>
      </div>
    </fieldset>
  );
}
