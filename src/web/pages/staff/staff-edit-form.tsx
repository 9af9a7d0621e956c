import { type FormEvent, useState } from "react";
import { staffApi } from "../../api/staff-api.ts";
import type { StaffMember } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { type StaffAccess, StaffAccessFields } from "./staff-access-fields.tsx";

export function StaffEditForm({
  member,
  onSaved,
}: {
  member: StaffMember;
  onSaved: (member: StaffMember) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(member.name);
  const [access, setAccess] = useState<StaffAccess>({
    roles: member.roles,
    qualifications: member.qualifications,
  });
  const [saved, setSaved] = useState(false);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const updated = await submission.run(() => staffApi.update(member.userId, { name, ...access }));
    if (updated) {
      onSaved(updated);
      setSaved(true);
    }
  };

  return (
    <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert error={submission.formError} success={saved ? t("common.saved") : null} />
      <TextField
        label={t("staff.name")}
        field="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={submission.fieldError("name")}
      />
      <StaffAccessFields
        value={access}
        onChange={setAccess}
        rolesError={submission.fieldError("roles")}
        qualificationsError={submission.fieldError("qualifications")}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={submission.pending}>
          {submission.pending ? t("common.saving") : t("common.save")}
        </button>
        <Link className="button button--quiet" to="/staff">
          {t("staff.backToList")}
        </Link>
      </div>
    </form>
  );
}
