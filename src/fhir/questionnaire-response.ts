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
export function requestFromQuestionnaireResponse(body: unknown): Record<string, unknown> {
  const parsed = questionnaireResponseSchema.safeParse(body);
  if (!parsed.success) throw invalid(fieldIssues(parsed.error));
  const response = parsed.data;
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
  const weight = first("weightKg");
  if (weight) subject.weightKg = weight.valueDecimal ?? weight.valueInteger;
  const temperature = first("bodyTemperatureC");
  if (temperature) subject.bodyTemperatureC = temperature.valueDecimal ?? temperature.valueInteger;
  const systolic = first("bloodPressureSystolic")?.valueInteger;
  const diastolic = first("bloodPressureDiastolic")?.valueInteger;
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
