import { type FormEvent, useState } from "react";
import { staffApi } from "../../api/staff-api.ts";
import type { Invitation, StaffDraft } from "../../api/types.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { SelectField, TextField } from "../../components/form-field.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { navigateWithFlash } from "../../session/flash.ts";
import { useCan } from "../../session/use-session.ts";
import { InvitationLink } from "./invitation-link.tsx";
import { StaffAccessFields } from "./staff-access-fields.tsx";

type Mode = "invite" | "create";

const EMPTY_DRAFT: StaffDraft = { name: "", email: "", roles: [], qualifications: [], language: "ru" };

export function StaffNewPage() {
  const { t } = useI18n();
  const mayManage = useCan("staff.manage");
  const [mode, setMode] = useState<Mode>("invite");
  const [draft, setDraft] = useState<StaffDraft>(EMPTY_DRAFT);
  const [password, setPassword] = useState("");
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const submission = useSubmission();

  if (!mayManage) return <PageHeading title={t("staff.addTitle")} actions={<p>{t("staff.readOnly")}</p>} />;

  if (invitation) {
    return (
      <>
        <PageHeading title={t("staff.invitedTitle")} />
        <InvitationLink invitation={invitation} />
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setInvitation(null);
              setDraft(EMPTY_DRAFT);
              setIdempotencyKey(crypto.randomUUID());
            }}
          >
            {t("staff.inviteAnother")}
          </button>
          <Link className="button button--quiet" to="/staff">
            {t("staff.backToList")}
          </Link>
        </div>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mode === "invite") {
      const invited = await submission.run(() => staffApi.invite(draft, idempotencyKey));
      if (invited) setInvitation(invited);
    } else {
      const created = await submission.run(() => staffApi.create({ ...draft, password }, idempotencyKey));
      if (created) navigateWithFlash("/staff", t("staff.created", { name: created.name }));
    }
  };

  return (
    <>
      <PageHeading title={t("staff.addTitle")} />
      <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
        <fieldset className="segmented">
          <legend>{t("staff.mode")}</legend>
          {(["invite", "create"] as const).map((option) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name="mode"
                value={option}
                checked={mode === option}
                onChange={() => {
                  setMode(option);
                  // Another endpoint, another request: it must not replay the other mode's key.
                  setIdempotencyKey(crypto.randomUUID());
                  submission.reset();
                }}
              />
              <span>{t(option === "invite" ? "staff.mode.invite" : "staff.mode.create")}</span>
            </label>
          ))}
        </fieldset>
        <p className="muted">{t(mode === "invite" ? "staff.mode.inviteHint" : "staff.mode.createHint")}</p>
        <FormAlert error={submission.formError} />
        <div className="form-grid">
          <TextField
            label={t("staff.name")}
            field="name"
            required
            autoComplete="off"
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
            error={submission.fieldError("name")}
          />
          <TextField
            label={t("staff.email")}
            field="email"
            type="email"
            required
            autoComplete="off"
            value={draft.email}
            onChange={(event) => setDraft({ ...draft, email: event.target.value })}
            error={submission.fieldError("email")}
          />
          <SelectField
            label={t("staff.language")}
            field="language"
            value={draft.language}
            onChange={(event) =>
              setDraft({ ...draft, language: event.target.value as StaffDraft["language"] })
            }
            error={submission.fieldError("language")}
          >
            <option value="ru">{t("language.ru")}</option>
            <option value="en">{t("language.en")}</option>
          </SelectField>
          {mode === "create" && (
            <TextField
              label={t("staff.password")}
              hint={t("invite.passwordHint")}
              field="password"
              type="password"
              required
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={submission.fieldError("password")}
            />
          )}
        </div>
        <StaffAccessFields
          value={draft}
          onChange={(access) => setDraft({ ...draft, ...access })}
          rolesError={submission.fieldError("roles")}
          qualificationsError={submission.fieldError("qualifications")}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={submission.pending}>
            {t(mode === "invite" ? "staff.sendInvitation" : "staff.create")}
          </button>
          <Link className="button button--quiet" to="/staff">
            {t("common.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
