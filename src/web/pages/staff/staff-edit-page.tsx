import { staffApi } from "../../api/staff-api.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { NotFoundPage } from "../not-found-page.tsx";
import { StaffActivationPanel } from "./staff-activation-panel.tsx";
import { StaffEditForm } from "./staff-edit-form.tsx";
import { staffStatus } from "./staff-labels.ts";

export function StaffEditPage({ userId }: { userId: string }) {
  const { t } = useI18n();
  // The API has no single-member read: the list is short, so find the member in it.
  const staff = useLoad(userId, () =>
    staffApi.list().then(({ items }) => items.find((m) => m.userId === userId) ?? null),
  );
  return (
    <LoadState data={staff.data} error={staff.error} loading={staff.loading}>
      {(member) => {
        if (!member) return <NotFoundPage />;
        const status = staffStatus(member);
        return (
          <>
            <PageHeading title={member.name} />
            <p className="muted">
              {member.email} · <span className={`badge badge--${status.tone}`}>{t(status.key)}</span>
            </p>
            <StaffEditForm member={member} onSaved={staff.setData} />
            <StaffActivationPanel member={member} onChanged={staff.setData} />
          </>
        );
      }}
    </LoadState>
  );
}
