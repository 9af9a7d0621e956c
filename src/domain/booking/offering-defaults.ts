import { catalog } from "../../catalog/load.ts";
import { claimsOf, type Procedure, type ProcedureId } from "../../catalog/schema.ts";
import { summarise } from "../../prices/directory.ts";
import { SEED_PRICES } from "../../prices/seed-prices.ts";
import type { Qualification } from "../roles.ts";

// Suggested values for a new offering, read from the catalog. What the articles give
// (names, session length, performers, equipment) comes from there; what they leave
// open is an editorial choice, named and explained below, for the clinic to change.

export interface OfferingDefaults {
  procedureId: ProcedureId;
  names: { en: string; ru: string };
  durationMinutes: number;
  /** catalog: the longest documented session; editorial: the articles give no session length. */
  durationBasis: "catalog" | "editorial";
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  resourceTypes: string[];
  qualifications: Qualification[];
  bookableOnline: boolean;
  /** The median of the articles' prices in this currency, or null when they quote none. */
  priceMinor: number | null;
}

/**
 * Session lengths where the articles only give exposure times or nothing at all. Each
 * covers preparation, the exposure and the client getting ready to leave.
 */
const EDITORIAL_DURATION: Partial<Record<ProcedureId, number>> = {
  // Seconds of freezing per lesion, plus examination and dressing: a half-hour slot.
  cryodestruction: 30,
  // One applicator cycle on one zone is about an hour in current devices.
  cryolipolysis: 60,
  // Two to three minutes in the cabin; changing, drying and the check before take the rest.
  cryosauna: 15,
  // Several short nitrogen applications with an ENT examination before them.
  "ent-cryotherapy": 20,
  // One 10–15 minute application with the area's preparation.
  "local-cold-therapy": 20,
};
const FALLBACK_DURATION = 30;

/** Time after each session to clean and ready the room or device for the next client. */
const EDITORIAL_BUFFER_AFTER: Partial<Record<ProcedureId, number>> = {
  // The vacuum applicator is cleaned and its membrane changed.
  cryolipolysis: 10,
  // The cabin is aired and brought back to temperature.
  cryosauna: 10,
};
const DEFAULT_BUFFER_AFTER = 5;

/**
 * What each procedure holds while it runs. A consumable or hand-held tool (ice bags, a
 * wooden applicator, the working thermos) is not booked; the Dewar is storage that the
 * thermos is filled from, not held for a session. Where the device depends on the method
 * (cryodestruction: applicator, spray unit or probe; local cold therapy: ice, bandage,
 * bath or unit) only the room is suggested and the clinic adds the device it uses.
 */
const RESOURCE_TYPES: Record<ProcedureId, string[]> = {
  "nitrogen-cryomassage": ["room"],
  // Named by what it is rather than by the catalog's brand example (Frotox).
  "device-cryomassage": ["room", "device:pressurised-cryomassage-device"],
  "ice-cryomassage": ["room"],
  cryolipolysis: ["room", "device:cryolipolysis-apparatus"],
  // The cabin is its own room.
  cryosauna: ["cryosauna-cabin"],
  cryodestruction: ["room"],
  cryoelectrophoresis: ["room", "device:cryotone"],
  "ent-cryotherapy": ["room", "device:ent-cryo-device"],
  "local-cold-therapy": ["room"],
  "scalp-darsonvalization": ["room", "device:darsonval"],
};

const MINUTES_PER: Record<string, number | undefined> = { min: 1, h: 60 };

/** The longest session any article documents, in whole minutes rounded up to 5; undefined if none. */
export function catalogSessionMinutes(procedure: Procedure): number | undefined {
  if (!procedure.sessionDuration) return undefined;
  const lengths = claimsOf(procedure.sessionDuration).flatMap(({ value }) => {
    const factor = MINUTES_PER[value.unit];
    const bound = value.max ?? value.min;
    return factor !== undefined && bound !== undefined ? [bound * factor] : [];
  });
  if (lengths.length === 0) return undefined;
  return Math.min(480, Math.max(5, Math.ceil(Math.max(...lengths) / 5) * 5));
}

/** Everyone any article names as a performer: where they disagree, any of them may perform it. */
export function catalogPerformers(procedure: Procedure): Qualification[] {
  return [...new Set(claimsOf(procedure.performers).flatMap((claim) => claim.value))];
}

/** The median of the articles' clinic prices for a procedure in a currency, in minor units. */
export function articlePriceMedian(procedureId: string, currency: string): number | null {
  const amounts = SEED_PRICES.filter(
    (record) => record.procedureId === procedureId && record.price.currency === currency,
  ).map((record) => record.price.amount);
  return amounts.length > 0 ? summarise(amounts).median : null;
}

/** Suggested offering values for a catalog procedure; undefined for an id the catalog lacks. */
export function offeringDefaults(procedureId: string, currency: string): OfferingDefaults | undefined {
  const procedure = catalog.getProcedure(procedureId);
  if (!procedure) return undefined;
  const fromCatalog = catalogSessionMinutes(procedure);
  return {
    procedureId: procedure.id,
    names: { en: procedure.names.en, ru: procedure.names.ru },
    durationMinutes: fromCatalog ?? EDITORIAL_DURATION[procedure.id] ?? FALLBACK_DURATION,
    durationBasis: fromCatalog === undefined ? "editorial" : "catalog",
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: EDITORIAL_BUFFER_AFTER[procedure.id] ?? DEFAULT_BUFFER_AFTER,
    resourceTypes: [...RESOURCE_TYPES[procedure.id]],
    qualifications: catalogPerformers(procedure),
    // A procedure a physician must prescribe is booked by staff after that consultation.
    bookableOnline: procedure.prescription?.value.mandatory !== true,
    priceMinor: articlePriceMedian(procedure.id, currency),
  };
}
