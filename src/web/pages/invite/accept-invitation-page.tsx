import { type FormEvent, useState } from "react";
import { authApi } from "../../api/auth-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";

export function AcceptInvitationPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const [acceptedEmail, setAcceptedEmail] = useState<string | null>(null);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Checked here: the server sees only one copy of the password.
    if (password !== repeat) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const accepted = await submission.run(() => authApi.acceptInvitation(token, password));
    if (accepted) setAcceptedEmail(accepted.email);
  };

  if (acceptedEmail) {
    return (
      <>
        <h1>{t("invite.doneTitle")}</h1>
        <p className="notice notice--success" role="status">
          {t("invite.done", { email: acceptedEmail })}
        </p>
        <Link className="button button--primary" to={`/login?email=${encodeURIComponent(acceptedEmail)}`}>
          {t("invite.goToLogin")}
        </Link>
      </>
    );
  }

  return (
    <>
      <h1>{t("invite.title")}</h1>
      <p className="lead">{t("invite.lead")}</p>
      <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert error={submission.formError} />
        <TextField
          label={t("invite.password")}
          hint={t("invite.passwordHint")}
          field="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={submission.fieldError("password")}
          autoFocus
        />
        <TextField
          label={t("invite.repeat")}
          field="repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={mismatch ? t("invite.mismatch") : undefined}
        />
        <button type="submit" className="button button--primary button--wide" disabled={submission.pending}>
          {t("invite.submit")}
        </button>
      </form>
    </>
  );
}
