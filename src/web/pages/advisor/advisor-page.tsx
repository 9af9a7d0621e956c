import { useState } from "react";
import { ApiError } from "../../api/api-error.ts";
import { localToday } from "../../components/local-today.ts";
import { PageHeading } from "../../components/page-heading.tsx";
import { useSubmission } from "../../components/use-submission.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { AdvisorSteps, type Step } from "./advisor-steps.tsx";
import { ConcernStep } from "./concern-step.tsx";
import type { ConcernId } from "./concerns.ts";
import { fetchAdvice, type ProcedureAdvice } from "./fetch-advice.ts";
import {
  type AnswerField,
  answerFieldOf,
  buildScreeningRequest,
  type HealthAnswers,
  NO_ANSWERS,
} from "./health-answers.ts";
import { HealthStep } from "./health-step.tsx";
import { ResultsStep } from "./results-step.tsx";

/**
 * The public advisor: concerns, then the health questions the catalog needs, then the
 * procedures that help, each with its verdict for this visitor. Answers live in this
 * component only: nothing is put in the address or stored.
 */
export function AdvisorPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [step, setStep] = useState<Step>("concerns");
  // The first step's heading must not take focus from the page's on opening; later ones do.
  const [moved, setMoved] = useState(false);
  const [concerns, setConcerns] = useState<ConcernId[]>([]);
  const [answers, setAnswers] = useState<HealthAnswers>(NO_ANSWERS);
  const [answerErrors, setAnswerErrors] = useState<Partial<Record<AnswerField, string>>>({});
  const [advice, setAdvice] = useState<ProcedureAdvice[]>([]);
  const [city, setCity] = useState("");
  const submission = useSubmission();

  const go = (next: Step) => {
    setMoved(true);
    setStep(next);
  };

  const showResults = async () => {
    submission.reset();
    const built = buildScreeningRequest(concerns, answers);
    const local = Object.fromEntries(
      built.problems.map(({ field, problem }) => [field, t(`advisor.problem.${problem}`)]),
    );
    setAnswerErrors(local);
    if (built.problems.length > 0) return;
    // The visitor's own today: a procedure done this morning is not "in the future" at 1 a.m. in Moscow.
    const request = { ...built.request, date: localToday() };
    const found = await submission.run(() => fetchAdvice(concerns, request));
    if (found) {
      setAdvice(found);
      go("results");
    }
  };

  // The server's field errors, shown at the answers they are about.
  const serverErrors: Partial<Record<AnswerField, string>> = {};
  if (submission.error instanceof ApiError) {
    const { request } = buildScreeningRequest(concerns, answers);
    for (const { field, message } of submission.error.fieldErrors) {
      const answer = answerFieldOf(field, request);
      if (answer && !serverErrors[answer]) serverErrors[answer] = i18n.serverMessage(message);
    }
  }

  return (
    <div className="advisor">
      <PageHeading title={t("advisor.title")} />
      <p className="lead">{t("advisor.lead")}</p>
      <div className="notice notice--warning advisor__disclaimer" role="note">
        <strong>{t("advisor.disclaimerTitle")}.</strong> {t("advisor.disclaimer")}
      </div>
      <AdvisorSteps current={step} />
      {step === "concerns" && (
        <ConcernStep
          focusHeading={moved}
          chosen={concerns}
          onChange={setConcerns}
          onNext={() => go("health")}
        />
      )}
      {step === "health" && (
        <HealthStep
          answers={answers}
          onChange={(next) => {
            setAnswers(next);
          }}
          errors={{ ...serverErrors, ...answerErrors }}
          submission={submission}
          onBack={() => go("concerns")}
          onSubmit={showResults}
        />
      )}
      {step === "results" && (
        <ResultsStep
          advice={advice}
          city={city}
          onCity={setCity}
          onBack={() => go("health")}
          onRestart={() => {
            setConcerns([]);
            setAnswers(NO_ANSWERS);
            setAdvice([]);
            go("concerns");
          }}
        />
      )}
    </div>
  );
}
