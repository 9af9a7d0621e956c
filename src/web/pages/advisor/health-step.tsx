import type { Submission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { StepHeading } from "./advisor-steps.tsx";
import type { AnswerField, HealthAnswers } from "./health-answers.ts";
import { HealthForm } from "./health-form.tsx";

/** Step 2: the health questions, taken from the catalog's intake questionnaire. */
export function HealthStep(props: {
  answers: HealthAnswers;
  onChange: (answers: HealthAnswers) => void;
  errors: Partial<Record<AnswerField, string>>;
  submission: Submission;
  onBack: () => void;
  onSubmit: () => Promise<void>;
}) {
  const { t } = useI18n();
  return (
    <section className="panel advisor-step" aria-labelledby="step-health">
      <StepHeading step="health" focus />
      <p className="muted">{t("advisor.healthLead")}</p>
      <HealthForm
        answers={props.answers}
        onChange={props.onChange}
        errors={props.errors}
        formError={props.submission.formError}
        pending={props.submission.pending}
        backLabel={t("advisor.back")}
        submitLabel={t("advisor.showResults")}
        onBack={props.onBack}
        onSubmit={props.onSubmit}
      />
    </section>
  );
}
