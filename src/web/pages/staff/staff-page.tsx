import { staffApi } from "../../api/staff-api.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { useCan } from "../../session/use-session.ts";
import { staffStatus } from "./staff-labels.ts";

export function StaffPage() {
  const { t } = useI18n();
  const mayManage = useCan("staff.manage");
  const staff = useLoad("staff", () => staffApi.list());
  return (
    <>
      <PageHeading
        title={t("staff.title")}
        actions={
          mayManage && (
            <Link className="button button--primary" to="/staff/new">
              {t("staff.add")}
            </Link>
          )
        }
      />
      {!mayManage && <p className="notice">{t("staff.readOnly")}</p>}
      <LoadState data={staff.data} error={staff.error} loading={staff.loading}>
        {({ items }) => (
          <table className="data-table">
            <caption className="visually-hidden">{t("staff.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff.column.name")}</th>
                <th scope="col">{t("staff.roles")}</th>
                <th scope="col">{t("staff.qualifications")}</th>
                <th scope="col">{t("staff.column.status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((member) => {
                const status = staffStatus(member);
                return (
                  <tr key={member.userId} className={member.active ? undefined : "is-archived"}>
                    <th scope="row" className="data-table__title">
                      {mayManage ? <Link to={`/staff/${member.userId}`}>{member.name}</Link> : member.name}
                      <span className="data-table__sub">{member.email}</span>
                    </th>
                    <td data-label={t("staff.roles")}>
                      {member.roles.map((role) => t(`role.${role}`)).join(", ")}
                    </td>
                    <td
                      data-label={t("staff.qualifications")}
                      data-empty={member.qualifications.length ? undefined : ""}
                    >
                      {member.qualifications.length
                        ? member.qualifications.map((q) => t(`qualification.${q}`)).join(", ")
                        : "—"}
                    </td>
                    <td data-label={t("staff.column.status")}>
                      <span className={`badge badge--${status.tone}`}>{t(status.key)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </LoadState>
    </>
  );
}
