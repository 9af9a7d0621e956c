// What a visitor can come with, in everyday words, and the catalog conditions behind each.
// A concern's conditions find the procedures that help (their indications) and go into the
// screening as what the visitor has: some are disputed indications (acne, tonsillitis), and
// the engine must see them to say so. So a concern lists only conditions its wording claims.

export const CONCERNS = [
  { id: "acne", conditions: ["acne", "post-acne"] },
  { id: "wrinkles", conditions: ["wrinkles", "skin-aging", "skin-elasticity-loss"] },
  { id: "warts", conditions: ["warts"] },
  { id: "growths", conditions: ["moles", "benign-skin-neoplasm", "seborrheic-keratosis"] },
  { id: "skin-tone", conditions: ["dull-complexion", "oily-skin", "enlarged-pores"] },
  { id: "scars", conditions: ["scars", "stretch-marks"] },
  { id: "puffiness", conditions: ["puffiness", "under-eye-circles"] },
  { id: "cellulite", conditions: ["cellulite", "localized-fat-deposits"] },
  { id: "joints", conditions: ["joint-pain", "arthrosis", "injury", "sprain", "bruise"] },
  { id: "hair-loss", conditions: ["hair-loss"] },
  { id: "ent", conditions: ["chronic-tonsillitis", "chronic-rhinitis"] },
  { id: "stress", conditions: ["stress", "athletic-recovery"] },
] as const;

export type ConcernId = (typeof CONCERNS)[number]["id"];

/** The catalog conditions of the chosen concerns, each once, in the order of the list. */
export function conditionsOf(concerns: readonly ConcernId[]): string[] {
  const chosen = new Set(concerns);
  return [...new Set(CONCERNS.filter((concern) => chosen.has(concern.id)).flatMap((c) => c.conditions))];
}

/** The chosen concerns that one of the given conditions belongs to. */
export function concernsServedBy(
  conditionIds: ReadonlySet<string>,
  concerns: readonly ConcernId[],
): ConcernId[] {
  return CONCERNS.filter(
    (concern) =>
      concerns.includes(concern.id) && concern.conditions.some((condition) => conditionIds.has(condition)),
  ).map((concern) => concern.id);
}
