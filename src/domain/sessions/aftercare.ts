import {
  type Citation,
  type CombinationRule,
  claimsOf,
  type Disputable,
  type Localized,
  type Procedure,
  type Range,
} from "../../catalog/schema.ts";
import { invalid } from "../errors.ts";
import { type Activity, AVOID_ADVICE, SHEET_WORDS } from "./aftercare-words.ts";

// The aftercare sheet a client takes home after a session: what to do, what is normal and
// for how long, what to report at once, what to avoid until the course is over. Everything
// comes from the catalog with its sources, in the client's language. Pure: the procedure,
// the clinic's zone and the session's start are passed in; renderers only lay it out.

export type SheetLanguage = "en" | "ru";

/** A sentence with its short references, "004:96": article 004, line 96. */
export interface CitedText {
  text: string;
  refs: string[];
}

/** A labelled detail of an item; several values when the sources disagree. */
export interface SheetDetail {
  label: string;
  values: CitedText[];
}

export interface SheetItem extends CitedText {
  details: SheetDetail[];
  /** What the sources disagree about, where they do: the sheet never picks one claim silently. */
  disputes: string[];
}

export interface SheetGroup {
  heading: string | null;
  items: SheetItem[];
}

export type SheetSectionId = "care" | "normal" | "report" | "course" | "effects";

export interface SheetSection {
  id: SheetSectionId;
  title: string;
  lead: string | null;
  /** Only groups with items; none when the catalog states nothing, and then `empty` is shown. */
  groups: SheetGroup[];
  empty: string;
}

export interface SheetSource {
  ref: string;
  article: string;
  line: number;
  excerpts: string[];
}

export interface AftercareSheet {
  language: SheetLanguage;
  title: string;
  clinic: { name: string; lines: string[] };
  facts: { label: string; value: string }[];
  sections: SheetSection[];
  sources: { title: string; lead: string; items: SheetSource[] };
  /** Words the renderers put around the content: "Sources disagree", "line". */
  labels: { disputed: string; line: string };
}

export interface AftercareSheetInput {
  procedure: Procedure;
  methodId?: string | null;
  language: SheetLanguage;
  clinic: { name: string; address: string; phone?: string | null };
  clientName: string;
  startsAt: Date;
  /** The clinic's IANA zone: the sheet shows the session at the clinic's wall-clock time. */
  timeZone: string;
  /** The summary of a catalog conflict, to say what the sources disagree about. */
  conflictSummary?: (id: string) => Localized | undefined;
}

const DURATION_UNITS = { min: "minute", h: "hour", days: "day", months: "month", years: "year" } as const;
type DurationUnit = keyof typeof DURATION_UNITS;

/** "2–3 hours", "at least about 2 days", "максимум 1 день". */
export function formatDuration(language: SheetLanguage, range: Range<DurationUnit>): string {
  const words = SHEET_WORDS[language];
  const format = new Intl.NumberFormat(language, {
    style: "unit",
    unit: DURATION_UNITS[range.unit],
    unitDisplay: "long",
    maximumFractionDigits: 1,
  });
  const about = (text: string) => (range.approx ? words.about.replace("{v}", text) : text);
  const { min, max } = range;
  if (min !== undefined && max !== undefined) {
    return about(min === max ? format.format(min) : format.formatRange(min, max));
  }
  if (min !== undefined) return words.atLeast.replace("{v}", about(format.format(min)));
  return words.upTo.replace("{v}", about(format.format(max ?? 0)));
}

/** "004:96": the article's number and the line. */
export const shortRef = (citation: Pick<Citation, "article" | "line">): string =>
  `${citation.article.split("_")[0] ?? citation.article}:${citation.line}`;

/** The session's start as the clinic's clock and calendar show it. */
export function formatSessionStart(language: SheetLanguage, startsAt: Date, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(language === "ru" ? "ru-RU" : "en-GB", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone,
    }).format(startsAt);
  } catch {
    throw invalid([
      { field: "timeZone", message: "Not an IANA time zone (e.g. Europe/Moscow).", code: "invalid-format" },
    ]);
  }
}

type Evidence = { sources: Citation[]; conflicts?: string[] };

export function buildAftercareSheet(input: AftercareSheetInput): AftercareSheet {
  const { procedure, language } = input;
  const words = SHEET_WORDS[language];
  const cited: Citation[] = [];
  const cite = (sources: readonly Citation[]): string[] => {
    cited.push(...sources);
    return [...new Set([...sources].sort(byArticleAndLine).map(shortRef))];
  };
  const disputes = (ids: readonly string[]): string[] => [
    ...new Set(ids.map((id) => input.conflictSummary?.(id)?.[language] ?? words.disputedUnnamed)),
  ];
  /** A sentence of the catalog; `valueConflicts` are those of a disputed detail shown with it. */
  const item = (
    text: Localized,
    evidence: Evidence,
    details: SheetDetail[] = [],
    valueConflicts: readonly string[] = [],
  ): SheetItem => ({
    text: text[language],
    refs: cite(evidence.sources),
    details,
    disputes: disputes([...(evidence.conflicts ?? []), ...valueConflicts]),
  });
  const lasting = (lasts: Disputable<Range<DurationUnit>>): SheetDetail => ({
    label: words.lasts,
    values: claimsOf(lasts).map((claim) => {
      const note = claim.note?.[language].replace(/\.$/, "");
      const text = formatDuration(language, claim.value);
      return { text: note ? `${text} (${note})` : text, refs: cite(claim.sources) };
    }),
  });

  const method = input.methodId ? procedure.methods.find((m) => m.id === input.methodId) : undefined;
  if (input.methodId && !method) {
    throw invalid([
      {
        field: "methodId",
        message: `${procedure.id} has no method "${input.methodId}".`,
        code: "unknown-method",
      },
    ]);
  }
  const sessionAt = formatSessionStart(language, input.startsAt, input.timeZone);
  const aftercare = (timing: Procedure["aftercare"][number]["timing"]) =>
    procedure.aftercare.filter((entry) => entry.timing === timing).map((entry) => item(entry.text, entry));

  // Advice for the course already says what to avoid in its own words; a rule citing the same
  // article line would only repeat it, so only the rules it does not cover are added.
  const duringCourse = procedure.aftercare.filter((entry) => entry.timing === "during-course");
  const coveredLines = new Set(duringCourse.flatMap((entry) => entry.sources.map(shortRef)));
  const avoidRules = procedure.combinations.filter(
    (rule): rule is CombinationRule & { target: { activity: Activity } } =>
      rule.relation === "avoid-during-course" &&
      "activity" in rule.target &&
      !rule.sources.some((source) => coveredLines.has(shortRef(source))),
  );

  const { effectDuration } = procedure;
  const lastingEffect = effectDuration
    ? claimsOf(effectDuration).map((claim) =>
        item(claim.value.text, { sources: claim.sources, conflicts: effectDuration.conflicts }),
      )
    : [];

  const reportLead = input.clinic.phone?.trim()
    ? words.reportLeadPhone.replace("{phone}", input.clinic.phone.trim())
    : words.reportLead;
  const section = (id: SheetSectionId, lead: string | null, groups: SheetGroup[]): SheetSection => ({
    id,
    title: words[id],
    lead,
    groups: groups.filter((group) => group.items.length > 0),
    empty: words.empty,
  });
  const sections = [
    section("care", null, [
      { heading: words.afterSession, items: aftercare("after-session") },
      { heading: words.untilHealed, items: aftercare("until-healed") },
    ]),
    section("normal", words.normalLead, [
      {
        heading: null,
        items: procedure.reactions.map((reaction) =>
          reaction.lasts
            ? item(reaction.text, reaction, [lasting(reaction.lasts)], reaction.lasts.conflicts)
            : item(reaction.text, reaction),
        ),
      },
    ]),
    section("report", reportLead, [
      {
        heading: null,
        items: procedure.sideEffects.map((effect) =>
          item(
            effect.text,
            effect,
            effect.management
              ? [{ label: words.whatToDo, values: [{ text: effect.management[language], refs: [] }] }]
              : [],
          ),
        ),
      },
    ]),
    section("course", words.courseLead, [
      {
        heading: null,
        items: [
          ...aftercare("during-course"),
          ...avoidRules.map((rule) => item(AVOID_ADVICE[rule.target.activity], rule)),
        ],
      },
    ]),
    section("effects", null, [
      {
        heading: null,
        items: [...procedure.effects.map((effect) => item(effect.text, effect)), ...lastingEffect],
      },
    ]),
  ];

  const clinicLines = [input.clinic.address.trim()];
  if (input.clinic.phone?.trim()) clinicLines.push(`${words.phone}: ${input.clinic.phone.trim()}`);
  const facts = [
    { label: words.client, value: input.clientName.trim() },
    { label: words.procedure, value: procedure.names[language] },
    ...(method ? [{ label: words.method, value: method.names[language] }] : []),
    { label: words.session, value: sessionAt },
  ];
  return {
    language,
    title: words.title,
    clinic: { name: input.clinic.name.trim(), lines: clinicLines.filter((line) => line !== "") },
    facts,
    sections,
    sources: { title: words.sources, lead: words.sourcesLead, items: sourcesOf(cited) },
    labels: { disputed: words.disputed, line: words.line },
  };
}

/** One entry per cited article line, by article then line, with every excerpt cited from it. */
function sourcesOf(citations: readonly Citation[]): SheetSource[] {
  const byRef = new Map<string, SheetSource>();
  for (const citation of citations) {
    const ref = shortRef(citation);
    const source = byRef.get(ref) ?? { ref, article: citation.article, line: citation.line, excerpts: [] };
    if (!source.excerpts.includes(citation.excerpt)) source.excerpts.push(citation.excerpt);
    byRef.set(ref, source);
  }
  return [...byRef.values()].sort(byArticleAndLine);
}

function byArticleAndLine(
  a: Pick<Citation, "article" | "line">,
  b: Pick<Citation, "article" | "line">,
): number {
  return a.article.localeCompare(b.article) || a.line - b.line;
}
