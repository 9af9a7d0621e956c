import { useEffect, useId, useMemo, useRef } from "react";
import type {
  DescribedReaction,
  ReactionAssessment,
  RecordedAdverseEvent,
} from "../../../api/adverse-events-types.ts";
import type { MessageKey } from "../../../i18n/en.ts";
import { useI18n } from "../../../i18n/i18n.tsx";
import { useFormat } from "../../../i18n/use-format.ts";
import { collectFootnotes } from "../../encyclopedia/evidence/citations.ts";
import { CiteRefs } from "../../encyclopedia/evidence/cite-refs.tsx";
import { SourcesList } from "../../encyclopedia/evidence/sources-list.tsx";

// What recording an event did: the courses it paused, that booking is now refused and, when
// it followed a session, whether the sign is one of the procedure's expected reactions —
// with how long the articles say each lasts and where they say it.

const REASONS: Record<ReactionAssessment["reason"], MessageKey> = {
  "within-documented-duration": "adverseEvent.assessment.within",
  "no-documented-duration": "adverseEvent.assessment.noDuration",
  "beyond-documented-duration": "adverseEvent.assessment.beyond",
  "not-expected": "adverseEvent.assessment.notExpected",
};

/** Minutes in the largest unit that divides them: 300 → 5 h, 2880 → 2 days. */
function durationOf(minutes: number): { min: number; max: number; unit: string } {
  const [value, unit] =
    minutes % 1440 === 0
      ? [minutes / 1440, "days"]
      : minutes % 60 === 0
        ? [minutes / 60, "h"]
        : [minutes, "min"];
  return { min: value, max: value, unit };
}

/** Every claim of how long a reaction lasts, side by side, each with its own sources. */
function Durations({ reaction }: { reaction: DescribedReaction }) {
  const { quantity } = useFormat();
  return (
    <span className="adverse-durations">
      {reaction.durations.map((duration, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: claims have no identity but their place
        <span key={index} className="adverse-durations__claim">
          {index > 0 && <span aria-hidden="true"> · </span>}
          {quantity(duration)} <CiteRefs sources={duration.sources} />
        </span>
      ))}
    </span>
  );
}

function Assessment({ assessment }: { assessment: ReactionAssessment }) {
  const { t, language } = useI18n();
  const { quantity } = useFormat();
  const headingId = useId();
  const expected = assessment.verdict === "expected-reaction";
  const { reaction } = assessment;
  const reason =
    assessment.reason === "within-documented-duration" && assessment.lastedMinutes === null
      ? "adverseEvent.assessment.withinUnmeasured"
      : REASONS[assessment.reason];
  return (
    <section className="adverse-assessment" aria-labelledby={headingId}>
      <h4 id={headingId}>{t("adverseEvent.assessment.title")}</h4>
      <p>
        <span className={`adverse-verdict adverse-verdict--${expected ? "expected" : "adverse"}`}>
          {expected ? t("adverseEvent.assessment.expected") : t("adverseEvent.assessment.adverse")}
        </span>
      </p>
      {reaction && (
        <p>
          {t("adverseEvent.assessment.matches", { reaction: reaction.text[language] })}{" "}
          <CiteRefs sources={reaction.sources} />
        </p>
      )}
      <p>{t(reason)}</p>
      {assessment.lastedMinutes !== null && (
        <p>
          {t("adverseEvent.assessment.lasted", { duration: quantity(durationOf(assessment.lastedMinutes)) })}
        </p>
      )}
      {reaction && reaction.durations.length > 0 && (
        <p>
          {t("adverseEvent.assessment.lasts")} <Durations reaction={reaction} />
        </p>
      )}
    </section>
  );
}

function ExpectedReactions({ reactions }: { reactions: readonly DescribedReaction[] }) {
  const { t, language } = useI18n();
  const headingId = useId();
  if (reactions.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{t("adverseEvent.expected.title")}</h4>
      <ul className="condition-list">
        {reactions.map((reaction) => (
          <li key={reaction.id} className="condition-item">
            <span className="condition-item__name">{reaction.text[language]}</span>{" "}
            <CiteRefs sources={reaction.sources} />
            {reaction.durations.length > 0 && (
              <span className="condition-item__detail">
                <span className="muted">{t("procedure.lasts")} </span>
                <Durations reaction={reaction} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AdverseEventOutcome({ recorded }: { recorded: RecordedAdverseEvent }) {
  const { t } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { pausedCourses, assessment, expectedReactions } = recorded;
  const footnotes = useMemo(
    () => collectFootnotes({ assessment, expectedReactions }),
    [assessment, expectedReactions],
  );
  // The form that was in focus is gone: the reader goes on with what it did.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="adverse-outcome" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t("adverseEvent.outcome.title", { type: t(`adverseEvent.type.${recorded.type}`) })}
      </h3>
      <p>
        {pausedCourses.length > 0
          ? t("adverseEvent.outcome.paused", { names: pausedCourses.map((course) => course.name).join(", ") })
          : t("adverseEvent.outcome.nothingPaused")}{" "}
        {t("adverseEvent.outcome.blocked")}
      </p>
      {assessment && <Assessment assessment={assessment} />}
      {expectedReactions && <ExpectedReactions reactions={expectedReactions} />}
      <SourcesList footnotes={footnotes} />
    </section>
  );
}
