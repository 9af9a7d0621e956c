import { QUALIFICATIONS } from "../../../domain/roles.ts";
import type { Qualification } from "../../api/types.ts";
import { CheckboxField } from "../../components/form-field.tsx";
import { useI18n } from "../../i18n/i18n.tsx";
import { resourceTypeLabel } from "./resource-type-label.ts";

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

/** What an offering needs to run: the kinds of room and device it holds, and who may perform it. */
export function OfferingNeeds(props: {
  idBase: string;
  /** The types the clinic's active resources provide. */
  clinicTypes: string[];
  resourceTypes: string[];
  qualifications: Qualification[];
  resourceTypesError: string | undefined;
  qualificationsError: string | undefined;
  onChange: (change: { resourceTypes?: string[]; qualifications?: Qualification[] }) => void;
}) {
  const { t } = useI18n();
  // The clinic's types first; a suggested type it has no resource for is shown, flagged.
  const typeOptions = [...new Set([...props.clinicTypes, ...props.resourceTypes])];
  return (
    <>
      <fieldset
        className="checkbox-group"
        data-field="resourceTypes"
        aria-describedby={`${props.idBase}-types-hint`}
      >
        <legend>{t("setup.resourceTypes")}</legend>
        <p className="field__hint" id={`${props.idBase}-types-hint`}>
          {t("setup.resourceTypesHint")}
        </p>
        {typeOptions.map((type) => (
          <CheckboxField
            key={type}
            label={
              props.clinicTypes.includes(type)
                ? resourceTypeLabel(type, t)
                : t("setup.typeMissing", { type: resourceTypeLabel(type, t) })
            }
            checked={props.resourceTypes.includes(type)}
            aria-invalid={props.resourceTypesError ? true : undefined}
            onChange={(event) =>
              props.onChange({ resourceTypes: toggled(props.resourceTypes, type, event.target.checked) })
            }
          />
        ))}
        {props.resourceTypesError && <p className="field__error">{props.resourceTypesError}</p>}
      </fieldset>
      <fieldset className="checkbox-group" data-field="qualifications">
        <legend>{t("setup.qualifications")}</legend>
        <p className="field__hint">{t("setup.qualificationsHint")}</p>
        {QUALIFICATIONS.map((qualification) => (
          <CheckboxField
            key={qualification}
            label={t(`qualification.${qualification}`)}
            checked={props.qualifications.includes(qualification)}
            aria-invalid={props.qualificationsError ? true : undefined}
            onChange={(event) =>
              props.onChange({
                qualifications: toggled(props.qualifications, qualification, event.target.checked),
              })
            }
          />
        ))}
        {props.qualificationsError && <p className="field__error">{props.qualificationsError}</p>}
      </fieldset>
    </>
  );
}
