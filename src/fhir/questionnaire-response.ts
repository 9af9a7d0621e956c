import { z } from "zod";
import { invalid } from "../domain/errors.ts";
import { fieldIssues } from "../domain/validation.ts";
import { QUESTIONNAIRE_URL } from "./intake-questionnaire.ts";

// A FHIR R4 QuestionnaireResponse to the intake questionnaire, turned into the plain
// screening request. Items are read by linkId, wherever they are nested.

const answerSchema = z
  .object({
    valueBoolean: z.boolean().optional(),
    valueDecimal: z.number().optional(),
    valueInteger: z.int().optional(),
    valueDate: z.string().optional(),
    valueString: z.string().optional(),
    valueCoding: z.object({ code: z.string() }).loose().optional(),
  })
  .loose();

type ResponseItem = { linkId: string; answer?: z.infer<typeof answerSchema>[]; item?: ResponseItem[] };
const itemSchema: z.ZodType<ResponseItem> = z.lazy(() =>
  z
    .object({
      linkId: z.string().min(1),
      answer: z.array(answerSchema).optional(),
      item: z.array(itemSchema).optional(),
    })
    .loose(),
);

export const questionnaireResponseSchema = z
  .object({
    resourceType: z.literal("QuestionnaireResponse"),
    questionnaire: z.string().optional(),
    status: z.enum(["in-progress", "completed", "amended", "entered-in-error", "stopped"]),
    authored: z.string().optional(),
    item: z.array(itemSchema).default([]),
  })
  .loose();

function flatten(
  items: readonly ResponseItem[],
  into = new Map<string, NonNullable<ResponseItem["answer"]>>(),
) {
  for (const item of items) {
    if (item.answer) into.set(item.linkId, item.answer);
    if (item.item) flatten(item.item, into);
  }
  return into;
}

export function isQuestionnaireResponse(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    (body as { resourceType?: unknown }).resourceType === "QuestionnaireResponse"
  );
}

/** The screening request a QuestionnaireResponse answers (without date and procedures). */
/** How deep `item` nests; the intake questionnaire is three levels deep. */
function depth(value: unknown, level = 0): number {
  if (level > MAX_DEPTH) return level;
  const items = (value as { item?: unknown } | null)?.item;
  return Array.isArray(items) ? Math.max(level, ...items.map((item) => depth(item, level + 1))) : level;
}
const MAX_DEPTH = 10;

export function requestFromQuestionnaireResponse(body: unknown): Record<string, unknown> {
  if (depth(body) > MAX_DEPTH)
    throw invalid([{ field: "item", message: `Items nest deeper than ${MAX_DEPTH} levels.` }]);
  const parsed = questionnaireResponseSchema.safeParse(body);
  if (!parsed.success) throw invalid(fieldIssues(parsed.error));
  const response = parsed.data;
  if (response.status === "entered-in-error") {
    throw invalid([
      { field: "status", message: "This response was entered in error: it cannot be screened." },
    ]);
  }
  if (response.questionnaire && response.questionnaire !== QUESTIONNAIRE_URL) {
    throw invalid([{ field: "questionnaire", message: `Answer the questionnaire ${QUESTIONNAIRE_URL}.` }]);
  }
  const answers = flatten(response.item);
  const first = (linkId: string) => answers.get(linkId)?.[0];
  const subject: Record<string, unknown> = {};
  const birthDate = first("birthDate")?.valueDate;
  if (birthDate) subject.birthDate = birthDate;
  const sex = first("sex")?.valueCoding?.code;
  if (sex) subject.sex = sex;
  const pregnant = first("pregnant")?.valueBoolean;
  if (pregnant !== undefined) subject.pregnant = pregnant;
  // A measured value in the wrong type is refused, never ignored: a lost blood pressure
  // would make a screening look safer than it is.
  const numberAnswer = (linkId: string) => {
    const answer = first(linkId);
    if (!answer) return undefined;
    const value = answer.valueDecimal ?? answer.valueInteger;
    if (value === undefined)
      throw invalid([{ field: linkId, message: "Answer with a number (valueDecimal or valueInteger)." }]);
    return value;
  };
  const weight = numberAnswer("weightKg");
  if (weight !== undefined) subject.weightKg = weight;
  const temperature = numberAnswer("bodyTemperatureC");
  if (temperature !== undefined) subject.bodyTemperatureC = temperature;
  const systolic = numberAnswer("bloodPressureSystolic");
  const diastolic = numberAnswer("bloodPressureDiastolic");
  if ((systolic === undefined) !== (diastolic === undefined)) {
    throw invalid([
      { field: "bloodPressure", message: "Give both the systolic and the diastolic pressure." },
    ]);
  }
  if (systolic !== undefined && diastolic !== undefined) subject.bloodPressure = { systolic, diastolic };

  const conditions: Record<string, unknown>[] = [];
  const recentProcedures: Record<string, unknown>[] = [];
  for (const [linkId, list] of answers) {
    const condition = /^condition:([a-z0-9-]+)$/.exec(linkId);
    if (condition && list[0]?.valueBoolean === true) {
      const sites = (answers.get(`${linkId}:site`) ?? []).map((a) => a.valueCoding?.code).filter(Boolean);
      if (sites.length === 0) conditions.push({ id: condition[1] });
      for (const site of sites) conditions.push({ id: condition[1], site });
    }
    const recent = /^recent:([a-z0-9-]+)$/.exec(linkId);
    if (recent && list[0]?.valueBoolean === true) {
      const date = answers.get(`${linkId}:date`)?.[0]?.valueDate;
      if (!date) throw invalid([{ field: `${linkId}:date`, message: "Give the date of the procedure." }]);
      recentProcedures.push({ id: recent[1], date });
    }
  }
  for (const answer of answers.get("icd10") ?? []) {
    if (answer.valueString?.trim()) conditions.push({ icd10: answer.valueString.trim().toUpperCase() });
  }
  return { subject, conditions, recentProcedures };
}
