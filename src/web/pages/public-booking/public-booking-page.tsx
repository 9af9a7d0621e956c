import { type PublicClinic, publicBookingApi } from "../../api/public-booking-api.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";
import { useAddress } from "../../router/navigation.ts";
import { BookingFlow } from "./booking-flow.tsx";
import "./public-booking.css";

/** The offering a link asked for: ?offering=<id>, or ?procedure=<catalog id> from the advisor. */
function requestedOffering(clinic: PublicClinic, query: URLSearchParams): string | null {
  const offeringId = query.get("offering");
  const procedureId = query.get("procedure");
  const match = clinic.offerings.find(
    (offering) =>
      offering.id === offeringId || (procedureId !== null && offering.procedureId === procedureId),
  );
  return match?.id ?? null;
}

/**
 * The public self-booking of one session at a clinic, at /book/:clinicId: no account needed.
 * The visitor picks what, when, answers the health questions, leaves their contact details
 * and books; the clinic screens the answers before it holds the time.
 */
export function PublicBookingPage({ clinicId }: { clinicId: string }) {
  const { t } = useI18n();
  const { query } = useAddress();
  const clinic = useLoad(`public-clinic:${clinicId}`, () => publicBookingApi.clinic(clinicId));

  return (
    <div className="public-booking">
      <LoadState data={clinic.data} error={clinic.error} loading={clinic.loading}>
        {(loaded) => (
          <>
            <PageHeading title={t("book.title", { clinic: loaded.name })} />
            <p className="lead">
              {loaded.address || loaded.city}. {t("book.advisorPrompt")}{" "}
              <Link to={`/advisor?clinic=${encodeURIComponent(loaded.id)}`}>{t("book.advisorLink")}</Link>
            </p>
            <BookingFlow clinic={loaded} initialOfferingId={requestedOffering(loaded, query)} />
          </>
        )}
      </LoadState>
    </div>
  );
}
