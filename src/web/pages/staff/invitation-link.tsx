import { useRef, useState } from "react";
import type { Invitation } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";

/** The one-time link the new colleague opens to set a password; shown once, so it can be copied. */
export function InvitationLink({ invitation }: { invitation: Invitation }) {
  const { t, formatDate } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/invite/${encodeURIComponent(invitation.invitationToken)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // The clipboard needs a secure context and permission; select the text for a manual copy.
      input.current?.select();
    }
  };

  return (
    <section className="panel panel--highlight" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">{t("staff.invitationFor", { name: invitation.member.name })}</h2>
      <p>{t("staff.invitationExplained", { date: formatDate(invitation.expiresAt) })}</p>
      <div className="copy-field">
        <label className="visually-hidden" htmlFor="invitation-url">
          {t("staff.invitationLink")}
        </label>
        <input
          ref={input}
          id="invitation-url"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--primary" onClick={copy}>
          {t("staff.copyLink")}
        </button>
      </div>
      <p role="status" className="muted">
        {copied ? t("staff.copied") : ""}
      </p>
    </section>
  );
}
