import { useEffect, useRef } from "react";
import { catalogApi } from "../../api/catalog-api.ts";
import type { PublicBooking } from "../../api/public-booking-api.ts";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { BookingSummary } from "./booking-summary.tsx";

const ALWAYS_BRING = ["book.bring.id", "book.bring.medicines", "book.bring.early"] as const;

/** The booked session: when and where, and what to bring and do before it. */
export function BookingConfirmation(props: {
  booking: PublicBooking;
  person: { name: string; phone: string; email: string };
}) {
  const { t, language } = useI18n();
  const { booking } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const procedure = useLoad(`procedure:${booking.offering.procedureId}`, () =>
    catalogApi.procedure(booking.offering.procedureId),
  );
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start" });
  }, []);
  const preparation = procedure.data?.preparation ?? [];

  return (
    <section className="panel booking-done" aria-labelledby="booking-done-heading">
      <h2 id="booking-done-heading" ref={heading} tabIndex={-1}>
        <span className="booking-done__mark" aria-hidden="true">
          ✓
        </span>{" "}
        {t("book.done.title")}
      </h2>
      <p role="status">{t("book.done.lead", { clinic: booking.clinic.name })}</p>
      <BookingSummary
        procedure={booking.offering.name}
        slot={booking}
        timeZone={booking.clinic.timeZone}
        clinic={booking.clinic}
        price={{ minor: booking.priceMinor, currency: booking.currency }}
        person={props.person}
      />
      <h3>{t("book.bring.title")}</h3>
      <ul className="booking-bring">
        {ALWAYS_BRING.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
        {preparation.map((item) => (
          <li key={item.text.en}>{item.text[language]}</li>
        ))}
      </ul>
      <p className="muted">{t("book.done.change")}</p>
    </section>
  );
}
