import type { ReactNode } from "react";
import { clinicsApi } from "../../api/clinics-api.ts";
import type { Clinic } from "../../api/types.ts";
import { LoadState } from "../../components/load-state.tsx";
import { PageHeading } from "../../components/page-heading.tsx";
import { useLoad } from "../../components/use-load.ts";
import type { MessageKey } from "../../i18n/en.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { Link } from "../../router/link.tsx";

export type SetupSection = "resources" | "offerings" | "working-hours";

const SECTIONS: { section: SetupSection; label: MessageKey }[] = [
  { section: "resources", label: "setup.section.resources" },
  { section: "offerings", label: "setup.section.offerings" },
  { section: "working-hours", label: "setup.section.working-hours" },
];

/** Links to the other setup pages of this clinic, the current one marked. */
export function SetupTabs({ clinicId, current }: { clinicId: string; current: SetupSection | null }) {
  const { t } = useI18n();
  return (
    <nav className="tabs" aria-label={t("setup.sections")}>
      {SECTIONS.map(({ section, label }) => (
        <Link
          key={section}
          to={`/clinics/${encodeURIComponent(clinicId)}/${section}`}
          aria-current={section === current ? "page" : undefined}
        >
          {t(label)}
        </Link>
      ))}
    </nav>
  );
}

/** One booking setup page: the clinic loaded, its name and section in the heading, the sections as tabs. */
export function SetupFrame(props: {
  clinicId: string;
  section: SetupSection;
  children: (clinic: Clinic, replaceClinic: (clinic: Clinic) => void) => ReactNode;
}) {
  const { t } = useI18n();
  const clinic = useLoad(`clinic:${props.clinicId}`, () => clinicsApi.get(props.clinicId));
  return (
    <LoadState data={clinic.data} error={clinic.error} loading={clinic.loading}>
      {(loaded) => (
        <>
          <PageHeading
            title={`${t(`setup.section.${props.section}`)} — ${loaded.name}`}
            actions={
              <Link to={`/clinics/${encodeURIComponent(loaded.id)}`} className="button button--quiet">
                {t("setup.backToClinic")}
              </Link>
            }
          />
          <SetupTabs clinicId={loaded.id} current={props.section} />
          {props.children(loaded, (next) => clinic.setData(next))}
        </>
      )}
    </LoadState>
  );
}
