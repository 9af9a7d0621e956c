import { SITE_IDS } from "../catalog/schema.ts";

// Body sites as bits, so "does the condition's area meet the treated area" is one AND.
// A condition given without a site may be anywhere: every bit (ALL_SITES).

export const ALL_SITES = (1 << SITE_IDS.length) - 1;
export const NO_SITES = 0;

const BIT = new Map<string, number>(SITE_IDS.map((site, index) => [site, 1 << index]));

/** The bit of one site id, or 0 for an unknown one. */
export function siteBit(site: string): number {
  return BIT.get(site) ?? NO_SITES;
}

export function siteMask(sites: readonly string[]): number {
  let mask = NO_SITES;
  for (const site of sites) mask |= siteBit(site);
  return mask;
}

/**
 * What a procedure treats for a request. A whole-body procedure treats all of its sites
 * whatever the request says (the cryosauna immerses the body and limbs, never the face).
 * A local one treats the requested site when it can; otherwise (or with no site given)
 * every site it may treat, so an at-site contraindication anywhere it could reach counts.
 */
export function treatedArea(
  procedureSites: number,
  wholeBody: boolean,
  requestedSite: number,
): { mask: number; offered: boolean } {
  if (requestedSite === NO_SITES) return { mask: procedureSites, offered: true };
  const offered = (procedureSites & requestedSite) !== 0;
  if (wholeBody || !offered) return { mask: procedureSites, offered };
  return { mask: requestedSite, offered };
}
