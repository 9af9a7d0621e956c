import { useRef, useState } from "react";
import { ApiError, type FieldError } from "../../api/api-error.ts";
import {
  type PublicBooking,
  type PublicClinic,
  type PublicSlot,
  publicBookingApi,
} from "../../api/public-booking-api.ts";
import { screeningApi } from "../../api/screening-api.ts";
import type { Reason, ScreeningRequest } from "../../api/screening-types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { problemMessage } from "../../i18n/problem-message.ts";
import {
  type AnswerField,
  answerFieldOf,
  buildScreeningRequest,
  type HealthAnswers,
  NO_ANSWERS,
} from "../advisor/health-answers.ts";
import { type BookingProblem, type Refusal, refusalOf, refusedBooking } from "./booking-outcome.ts";
import type { BookingStep } from "./booking-steps.tsx";
import { localDateIn } from "./clinic-time.ts";
import {
  type ContactDetails,
  type ContactField,
  clientOf,
  missingContactFields,
  NO_CONTACT,
} from "./contact-details.ts";

export interface Refused {
  refusal: Refusal;
  until: string | null;
  reasons: readonly Reason[];
}

/**
 * The state of one visitor's booking and what moves it on: screening the answers before the
 * contact details are asked, checking those, and booking, with each refusal sorted into
 * what the visitor does next.
 */
export function useBookingFlow(clinic: PublicClinic, initialOfferingId: string | null) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const [step, setStep] = useState<BookingStep>("offering");
  // The first step's heading must not take focus from the page's on opening; later ones do.
  const [moved, setMoved] = useState(false);
  const [offeringId, setOfferingId] = useState<string | null>(initialOfferingId);
  const [slot, setSlot] = useState<PublicSlot | null>(null);
  const [answers, setAnswers] = useState<HealthAnswers>(NO_ANSWERS);
  const [answerErrors, setAnswerErrors] = useState<Partial<Record<AnswerField, string>>>({});
  const [contact, setContact] = useState<ContactDetails>(NO_CONTACT);
  const [contactErrors, setContactErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [problem, setProblem] = useState<BookingProblem | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [booking, setBooking] = useState<PublicBooking | null>(null);
  const [pending, setPending] = useState(false);
  // One key per booking request: a retried identical request is the same booking.
  const lastRequest = useRef<{ body: string; key: string } | null>(null);

  const offering = clinic.offerings.find((candidate) => candidate.id === offeringId) ?? null;
  const today = localDateIn(new Date(), clinic.timeZone);
  const person = {
    name: `${contact.firstName.trim()} ${contact.lastName.trim()}`,
    phone: contact.phone.trim(),
    email: contact.email.trim(),
  };

  const go = (next: BookingStep) => {
    setMoved(true);
    setFormError(null);
    setStep(next);
  };

  const showAnswerErrors = (errors: readonly FieldError[], request: ScreeningRequest) => {
    const shown: Partial<Record<AnswerField, string>> = {};
    for (const { field, message } of errors) {
      const answer = answerFieldOf(field, request);
      if (answer && !shown[answer]) shown[answer] = i18n.serverMessage(message);
    }
    setAnswerErrors(shown);
  };

  /** The answers are screened for this procedure before the visitor types their details. */
  const checkHealth = async () => {
    if (!offering || !slot) return;
    setFormError(null);
    const built = buildScreeningRequest([], answers, [offering.procedureId]);
    setAnswerErrors(
      Object.fromEntries(built.problems.map(({ field, problem: p }) => [field, t(`advisor.problem.${p}`)])),
    );
    if (built.problems.length > 0) return;
    setPending(true);
    try {
      const date = localDateIn(slot.start, clinic.timeZone);
      const screening = await screeningApi.screen({ ...built.request, date });
      const result = screening.results.find((candidate) => candidate.procedureId === offering.procedureId);
      const refusal = result ? refusalOf(result.verdict) : null;
      if (result && refusal) {
        // The reasons that decide the verdict; lesser ones (a weight not given) would only confuse.
        const deciding = result.reasons.filter((reason) => reason.verdict === result.verdict);
        setRefused({ refusal, until: result.until ?? null, reasons: deciding });
        return;
      }
      go("contact");
    } catch (error) {
      if (error instanceof ApiError) showAnswerErrors(error.fieldErrors, built.request);
      setFormError(problemMessage(error, i18n));
    } finally {
      setPending(false);
    }
  };

  const toConfirm = () => {
    const missing = missingContactFields(contact);
    setContactErrors(
      Object.fromEntries(
        missing.map((field) => [field, field === "consent" ? t("book.consentRequired") : t("book.required")]),
      ),
    );
    if (missing.length > 0) {
      setFormError(t("book.fixMarked"));
      return;
    }
    setProblem(null);
    go("confirm");
  };

  const book = async () => {
    if (!offering || !slot) return;
    const { request } = buildScreeningRequest([], answers);
    const body = {
      offeringId: offering.id,
      start: slot.start,
      client: clientOf(contact, language),
      screening: request,
      consentDataProcessing: contact.consent,
    };
    const text = JSON.stringify(body);
    if (lastRequest.current?.body !== text) lastRequest.current = { body: text, key: crypto.randomUUID() };
    setPending(true);
    setFormError(null);
    setProblem(null);
    try {
      setBooking(await publicBookingApi.book(clinic.id, body, lastRequest.current.key));
    } catch (error) {
      const outcome = refusedBooking(error);
      if (outcome.kind === "refused")
        setRefused({ refusal: outcome.refusal, until: outcome.until, reasons: [] });
      else if (outcome.kind === "problem") setProblem(outcome.problem);
      else if (outcome.kind === "contact") {
        setContactErrors(
          Object.fromEntries(
            Object.entries(outcome.errors).map(([field, message]) => [field, i18n.serverMessage(message)]),
          ),
        );
        go("contact");
        setFormError(problemMessage(error, i18n));
      } else if (outcome.kind === "health") {
        showAnswerErrors(outcome.errors, request);
        go("health");
        setFormError(problemMessage(error, i18n));
      } else setFormError(problemMessage(error, i18n));
    } finally {
      setPending(false);
    }
  };

  return {
    step,
    moved,
    go,
    offering,
    offeringId,
    chooseOffering: (id: string) => {
      if (id !== offeringId) setSlot(null);
      setOfferingId(id);
    },
    slot,
    setSlot,
    today,
    answers,
    setAnswers,
    answerErrors,
    checkHealth,
    contact,
    setContact,
    contactErrors,
    toConfirm,
    person,
    formError,
    problem,
    refused,
    changeAnswers: () => {
      setRefused(null);
      go("health");
    },
    booking,
    pending,
    book,
  };
}
