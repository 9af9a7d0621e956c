import { staffApi } from "../../api/staff-api.ts";
import type { StaffMember } from "../../api/types.ts";
import { ConfirmButton } from "../../components/confirm-button.tsx";
import { FormAlert } from "../../components/form-alert.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useSession } from "../../session/use-session.ts";

/** Deactivating ends the member's sessions and blocks login, so it asks first. */
export function StaffActivationPanel({
  member,
  onChanged,
}: {
  member: StaffMember;
  onChanged: (member: StaffMember) => void;
}) {
  const { t } = useI18n();
  const me = useSession();
  const submission = useSubmission();
  // Nobody can switch themselves off: the server refuses, so do not offer it.
  if (member.userId === me.user.id) return null;

  const run = async (action: () => Promise<StaffMember>) => {
    const changed = await submission.run(action);
    if (changed) onChanged(changed);
  };

  return (
    <section className="panel" aria-labelledby="activation-heading">
      <h2 id="activation-heading">{t("staff.access")}</h2>
      <FormAlert error={submission.formError} />
      {member.active ? (
        <>
          <p className="muted">{t("staff.deactivateExplained")}</p>
          <ConfirmButton
            danger
            label={t("staff.deactivate")}
            question={t("staff.deactivateQuestion", { name: member.name })}
            confirmLabel={t("staff.deactivateConfirm")}
            cancelLabel={t("common.cancel")}
            disabled={submission.pending}
            onConfirm={() => run(() => staffApi.deactivate(member.userId))}
          />
        </>
      ) : (
        <>
          <p className="muted">{t("staff.inactiveExplained")}</p>
          <button
            type="button"
            className="button"
            disabled={submission.pending}
            onClick={() => run(() => staffApi.update(member.userId, { active: true }))}
          >
            {t("staff.reactivate")}
          </button>
        </>
      )}
    </section>
  );
}
