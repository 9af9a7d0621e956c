import { QUALIFICATIONS, ROLES } from "../../../domain/roles.ts";
import type { Qualification, Role } from "../../api/types.ts";
import { CheckboxField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { useSession } from "../../session/use-session.ts";

export interface StaffAccess {
  roles: Role[];
  qualifications: Qualification[];
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** Roles and qualifications as checkboxes; qualifications belong to practitioners only. */
export function StaffAccessFields(props: {
  value: StaffAccess;
  onChange: (value: StaffAccess) => void;
  rolesError?: string | undefined;
  qualificationsError?: string | undefined;
}) {
  const { t } = useI18n();
  // Only an owner may hand out the owner role; the server refuses it to others anyway.
  const actorIsOwner = useSession().roles.includes("owner");
  const { roles, qualifications } = props.value;
  const practitioner = roles.includes("practitioner");

  const setRole = (role: Role, on: boolean) => {
    const nextRoles = toggled(roles, role, on);
    const keepsQualifications = nextRoles.includes("practitioner");
    props.onChange({ roles: nextRoles, qualifications: keepsQualifications ? qualifications : [] });
  };

  return (
    <>
      <fieldset className={`checkbox-group${props.rolesError ? " field--invalid" : ""}`} data-field="roles">
        <legend>{t("staff.roles")}</legend>
        {ROLES.map((role) => (
          <CheckboxField
            key={role}
            label={t(`role.${role}`)}
            checked={roles.includes(role)}
            disabled={role === "owner" && !actorIsOwner && !roles.includes("owner")}
            aria-invalid={props.rolesError ? true : undefined}
            onChange={(event) => setRole(role, event.target.checked)}
          />
        ))}
        {props.rolesError && <p className="field__error">{props.rolesError}</p>}
      </fieldset>
      <fieldset
        className={`checkbox-group${props.qualificationsError ? " field--invalid" : ""}`}
        data-field="qualifications"
        disabled={!practitioner}
      >
        <legend>{t("staff.qualifications")}</legend>
        {!practitioner && <p className="field__hint">{t("staff.qualificationsNeedPractitioner")}</p>}
        {QUALIFICATIONS.map((qualification) => (
          <CheckboxField
            key={qualification}
            label={t(`qualification.${qualification}`)}
            checked={qualifications.includes(qualification)}
            aria-invalid={props.qualificationsError ? true : undefined}
            onChange={(event) =>
              props.onChange({
                roles,
                qualifications: toggled(qualifications, qualification, event.target.checked),
              })
            }
          />
        ))}
        {props.qualificationsError && <p className="field__error">{props.qualificationsError}</p>}
      </fieldset>
    </>
  );
}
