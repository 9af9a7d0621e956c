import type { PublicSlot } from "../../api/public-booking-api.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { useFormat } from "../../i18n/use-format.ts";
import { formatClinicTime, formatLongDay, localDateIn, zoneName } from "./clinic-time.ts";

/** The booking in a few lines: what, when on the clinic's clock, where, and for how much. */
export function BookingSummary(props: {
  procedure: string;
  slot: PublicSlot;
  timeZone: string;
  clinic: { name: string; address: string; city: string };
  price: { minor: number; currency: string };
  person?: { name: string; phone: string; email: string };
}) {
  const { t, language } = useI18n();
  const format = useFormat();
  const { slot, timeZone } = props;
  const rows: [string, string][] = [
    [t("book.summary.procedure"), props.procedure],
    [t("book.summary.date"), formatLongDay(localDateIn(slot.start, timeZone), language)],
    [
      t("book.summary.time"),
      t("book.summary.timeValue", {
        start: formatClinicTime(slot.start, timeZone, language),
        end: formatClinicTime(slot.end, timeZone, language),
        zone: zoneName(timeZone, language, new Date(slot.start)),
      }),
    ],
    [t("book.summary.clinic"), props.clinic.name],
    // The address usually names its city already; a clinic without one still says where it is.
    [t("book.summary.address"), props.clinic.address || props.clinic.city],
    [t("book.summary.price"), format.money(props.price.minor, props.price.currency)],
  ];
  if (props.person) {
    rows.push([t("book.summary.name"), props.person.name], [t("book.summary.phone"), props.person.phone]);
    if (props.person.email) rows.push([t("book.summary.email"), props.person.email]);
  }
  return (
    <dl className="booking-summary">
      {rows.map(([term, value]) => (
        <div key={term} className="booking-summary__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
