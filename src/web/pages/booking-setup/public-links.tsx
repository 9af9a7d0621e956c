import { useRef, useState } from "react";
import { useI18n } from "../../i18n/i18n.tsx";

/** The clinic's own public pages, to put on its website: online booking and the advisor. */
export function PublicLinks({ clinicId }: { clinicId: string }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const booking = `${window.location.origin}/book/${encodeURIComponent(clinicId)}`;
  const advisor = `${window.location.origin}/advisor?clinic=${encodeURIComponent(clinicId)}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(booking);
      setCopied(true);
    } catch {
      // The clipboard needs a secure context and permission; select the text for a manual copy.
      input.current?.select();
    }
  };

  return (
    <section className="panel" aria-labelledby="public-links-heading">
      <h2 id="public-links-heading">{t("setup.publicLinks")}</h2>
      <p className="muted">{t("setup.publicLinksLead")}</p>
      <div className="copy-field">
        <label className="visually-hidden" htmlFor="booking-url">
          {t("setup.bookingLink")}
        </label>
        <input
          ref={input}
          id="booking-url"
          readOnly
          value={booking}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button" onClick={copy}>
          {t("setup.copyLink")}
        </button>
      </div>
      <p role="status" className="muted">
        {copied ? t("setup.copied") : ""}
      </p>
      <ul className="public-links-list">
        <li>
          <a href={booking} target="_blank" rel="noreferrer">
            {t("setup.openBooking")}
          </a>
        </li>
        <li>
          <a href={advisor} target="_blank" rel="noreferrer">
            {t("setup.openAdvisor")}
          </a>
        </li>
      </ul>
    </section>
  );
}
