import { useI18n } from "../../i18n/i18n.tsx";
import { SetupTabs } from "./setup-frame.tsx";

/** The clinic settings' way to its booking setup: rooms and devices, offerings, working hours. */
export function BookingSetupLinks({ clinicId }: { clinicId: string }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="booking-setup-heading">
      <h2 id="booking-setup-heading">{t("setup.sections")}</h2>
      <p className="muted">{t("setup.linksLead")}</p>
      <SetupTabs clinicId={clinicId} current={null} />
    </section>
  );
}
