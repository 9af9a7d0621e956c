import type { Client } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { clientName } from "./client-form-values.ts";

/** Marks a cell with nothing in it, which a phone-width card leaves out. */
const emptyMark = (value: string | null) => (value ? undefined : "");

/** Clients as a table; on a phone each row becomes a card (see lists.css). */
export function ClientsTable({ clients }: { clients: Client[] }) {
  const { t, formatDate } = useI18n();
  if (clients.length === 0) return null;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t("clients.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("clients.column.name")}</th>
          <th scope="col">{t("clients.column.phone")}</th>
          <th scope="col">{t("clients.column.email")}</th>
          <th scope="col">{t("clients.column.birthDate")}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => (
          <tr key={client.id} className={client.archivedAt ? "is-archived" : undefined}>
            <th scope="row" className="data-table__title">
              <Link to={`/clients/${client.id}`}>{clientName(client)}</Link>
              {client.archivedAt && <span className="badge badge--muted">{t("clients.archived")}</span>}
            </th>
            <td data-label={t("clients.column.phone")} data-empty={emptyMark(client.phone)}>
              {client.phone ?? "—"}
            </td>
            <td
              data-label={t("clients.column.email")}
              data-empty={emptyMark(client.email)}
              className="data-table__wrap"
            >
              {client.email ?? "—"}
            </td>
            <td data-label={t("clients.column.birthDate")} data-empty={emptyMark(client.birthDate)}>
              {client.birthDate ? formatDate(client.birthDate) : "—"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
