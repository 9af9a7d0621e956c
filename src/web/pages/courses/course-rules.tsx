import { useId } from "react";
import type { CourseRules, RuleClaim } from "../../api/courses-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { Quantity } from "../../i18n/quantities.ts";
import { useFormat } from "../../i18n/use-format.ts";
import { refList, sourceRef } from "./course-sources.ts";

// The rules a course keeps and where each comes from. Where the articles disagree every
// claim is shown with its own source, side by side: "every 7 days (000:32) · every 2–3
// days (001:105, 004:93)"; the value chosen from them is shown first, never one claim alone.

type Rule = keyof CourseRules["provenance"];

const isQuantity = (value: unknown): value is Quantity =>
  typeof value === "object" && value !== null && typeof (value as Quantity).unit === "string";

function Claims(props: { rule: Rule; claims: readonly RuleClaim<unknown>[]; conflicts: readonly string[] }) {
  const { t } = useI18n();
  const { quantity } = useFormat();
  const label = (value: unknown) => {
    if (!isQuantity(value)) return String(value);
    const text = quantity(value);
    if (props.rule === "spacing") return t("course.rules.every", { value: text });
    if (props.rule === "repeatAfter") return t("course.rules.after", { value: text });
    return text;
  };
  if (props.claims.length === 0) return null;
  return (
    <span className="course-claims">
      <span className="visually-hidden">
        {props.conflicts.length > 0 ? t("course.rules.disputed") : t("course.rules.source")}:{" "}
      </span>
      {props.claims.map((claim, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: claims have no identity but their place
        <span key={index} className="course-claims__claim">
          {index > 0 && <span aria-hidden="true"> · </span>}
          {label(claim.value)}{" "}
          <span className="course-source">({refList(claim.sources.map(sourceRef))})</span>
        </span>
      ))}
      {props.conflicts.length > 0 && (
        <span className="badge badge--conflict course-claims__dispute" aria-hidden="true">
          {t("course.rules.disputed")}
        </span>
      )}
    </span>
  );
}

export function CourseRulesView(props: { rules: CourseRules; heading?: string }) {
  const { t, formatDate } = useI18n();
  const { quantity } = useFormat();
  const headingId = useId();
  const { rules } = props;
  const { provenance } = rules;
  const origin = (rule: Rule) => t(`course.rules.from.${provenance[rule].from}`);
  const spacing = quantity({ min: rules.minDaysBetween, max: rules.maxDaysBetween, unit: "days" });
  return (
    <section className="course-rules" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.heading ?? t("course.rules.title")}</h3>
      <dl className="course-rules__list">
        <dt>{t("course.rules.sessions")}</dt>
        <dd>
          <strong>{quantity({ min: rules.sessions, max: rules.sessions, unit: "sessions" })}</strong>{" "}
          <span className="muted">({origin("sessions")})</span>{" "}
          <Claims rule="sessions" {...provenance.sessions} />
        </dd>
        <dt>{t("course.rules.spacing")}</dt>
        <dd>
          <strong>{t("course.rules.every", { value: spacing })}</strong>{" "}
          <span className="muted">({origin("spacing")})</span>{" "}
          <Claims rule="spacing" {...provenance.spacing} />
        </dd>
        {(provenance.repeatAfter.claims.length > 0 || rules.earliestStart) && (
          <>
            <dt>{t("course.rules.repeatAfter")}</dt>
            <dd>
              <Claims rule="repeatAfter" {...provenance.repeatAfter} />
              {rules.earliestStart && (
                <span className="course-rules__earliest">
                  {t("course.rules.earliestStart", { date: formatDate(rules.earliestStart) })}
                </span>
              )}
            </dd>
          </>
        )}
        <dt>{t("course.rules.perDay")}</dt>
        <dd>{rules.wholeBody ? t("course.rules.perDayWholeBody") : t("course.rules.perDayCold")}</dd>
      </dl>
    </section>
  );
}
