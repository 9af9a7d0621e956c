import { type FormEvent, useState } from "react";
import { authApi } from "../../api/auth-api.ts";
import { FormAlert } from "../../components/form-alert.tsx";
import { TextField } from "../../components/form-field.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { navigate, useAddress } from "../../router/navigation.ts";
import { setSession } from "../../session/session-store.ts";

/** Only an in-app path is followed after login, never another site. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/clients";
}

export function LoginPage() {
  const { t } = useI18n();
  const { query } = useAddress();
  const [email, setEmail] = useState(query.get("email") ?? "");
  const [password, setPassword] = useState("");
  const submission = useSubmission();
  const next = safeNext(query.get("next"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const me = await submission.run(() => authApi.login(email, password));
    if (me) {
      setSession(me);
      navigate(next, { replace: true });
    }
  };

  return (
    <>
      <h1>{t("login.title")}</h1>
      <p className="lead">{t("login.lead")}</p>
      <form ref={submission.formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert error={submission.formError} />
        <TextField
          label={t("login.email")}
          field="email"
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={submission.fieldError("email")}
          autoFocus
        />
        <TextField
          label={t("login.password")}
          field="password"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={submission.fieldError("password")}
        />
        <button type="submit" className="button button--primary button--wide" disabled={submission.pending}>
          {submission.pending ? t("login.submitting") : t("login.submit")}
        </button>
      </form>
      <p className="public-links">
        {t("login.publicLinks")} <Link to="/encyclopedia">{t("nav.encyclopedia")}</Link>
        {" · "}
        <Link to="/prices">{t("nav.prices")}</Link>
      </p>
    </>
  );
}
