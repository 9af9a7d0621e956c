import { resolveCity } from "./cities.ts";

// One row of a seed price table arrives as one run-together string:
//   Beauty and health club "Gioconda"Khvalynsky Boulevard, 2850+7
// i.e. name, address, price and the start of the telephone ("+7"). The name ends where
// the street begins; the price is the number at the end. Where the house number and the
// price touch ("2850", "10 450", "41 000") every split that reads as a price is a reading;
// readings whose address cannot end that way are ruled out, the rest are ranked by how
// plausible the price is for facial nitrogen cryomassage.

/** What the tables' prices look like: 30 rows, 300–1 800 RUB, median 550; the articles say 500–2 000. */
export interface PriceRange {
  minRub: number;
  maxRub: number;
  typicalRub: number;
}
export const SEED_PRICE_RANGE: PriceRange = { minRub: 300, maxRub: 2000, typicalRub: 550 };

export interface PriceReading {
  address: string;
  /** The price as written, e.g. "1 160". */
  priceText: string;
  priceRub: number;
  verdict: "chosen" | "possible" | "ruled-out";
  /** Why a reading was ruled out or ranked lower; what speaks for the chosen one. */
  notes: string[];
  /** Lower is more plausible; null when ruled out. */
  penalty: number | null;
}

export interface ParsedPriceLine {
  /** null where the table leaves the name out. */
  name: string | null;
  address: string;
  priceRub: number;
  city: { en: string; ru: string | null };
  /** The address ends in a digit and the price follows with at most a space between. */
  digitsTouch: boolean;
  /** Every split of the trailing numbers that reads as a price, best first. */
  readings: PriceReading[];
  /** Why this split, when digits touch; otherwise null. */
  reasoning: string | null;
}

export type ParsePriceLineResult = { ok: true; value: ParsedPriceLine } | { ok: false; error: string };

// "st. Turgeneva", "ул. Ленина": the address starts at the street prefix, even when the
// name runs into it ("Narnia Spast. Simeonovskaya" → "Narnia Spa" + "st. Simeonovskaya").
const STREET_PREFIX = /(?:st|ul|pr)\.\s|(?:ул|пр|просп|пер|наб|пл|ш|бул)\.\s|(?:пр-т|пр-кт|б-р)\s/;
// "Khvalynsky Boulevard", "MedicalLenin Avenue": the street word before a street type.
const STREET_SUFFIX =
  /[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-Za-zА-Яа-яЁё]+)*\s+(?:Boulevard|Avenue|[Pp]rospect|Street|[Ee]mbankment|[Ll]ane|[Hh]ighway|[Ss]quare|бульвар|проспект|переулок|шоссе|набережная|площадь|улица)(?=[\s,]|$)/;

// A house number: 5, 29/1, 6A, 15B, 5к2, 10с1.
const HOUSE = /^\d{1,4}[A-Za-zА-Яа-яЁё]?(?:\/\d{1,4}[A-Za-zА-Яа-яЁё]?)?(?:(?:к|с|стр\.?)\d{1,3})?$/;
// A labelled part glued to its value: lit.U, к2, с1, стр.3, of.5.
const GLUED_PART =
  /^(?:lit\.|of\.|к|с|стр\.|корп\.|лит\.|оф\.)(?:\d{1,3}[A-Za-zА-Яа-яЁё]?|[A-Za-zА-Яа-яЁё])$/;
// A label that needs a number after it: building 1, p. 1 (строение), of. 5, стр. 3.
const PART_LABEL =
  /^(?:building|bldg\.?|p\.|of\.|office|lit\.|korp\.?|str\.?|к\.?|корп\.?|стр\.?|с\.?|лит\.?|оф\.?|д\.?|дом)$/i;
// A price as the tables write it: 850, 1 160 (a space groups thousands), or plain digits.
const PRICE = /^[1-9]\d{0,2}(?: \d{3})+$|^[1-9]\d*$/;

function splitNameAndRest(body: string): { name: string | null; rest: string } | undefined {
  const starts = [STREET_PREFIX.exec(body)?.index, STREET_SUFFIX.exec(body)?.index].filter(
    (index): index is number => index !== undefined,
  );
  if (starts.length === 0) return undefined;
  const start = Math.min(...starts);
  const name = body.slice(0, start).trim();
  return { name: name === "" ? null : name, rest: body.slice(start).trim() };
}

/** Why an address cannot end like this, or null when it ends in a house number or a labelled part. */
export function addressEndingProblem(address: string): string | null {
  const tokens = address.trim().split(/\s+/);
  const last = tokens.at(-1) ?? "";
  const previous = tokens.at(-2) ?? "";
  if (GLUED_PART.test(last)) return null;
  // A plot letter: "lit. A", "лит. А".
  if (/^(?:lit\.|лит\.?)$/i.test(previous) && /^[A-Za-zА-Яа-яЁё]$/.test(last)) return null;
  if (HOUSE.test(last)) {
    if (PART_LABEL.test(previous) || previous.endsWith(",") || /^[^\d]+$/.test(previous)) return null;
    // The tables always label a second number: "building 1", "p. 1", "of. 5".
    return `"${previous} ${last}" is not a house number`;
  }
  if (PART_LABEL.test(last)) return `"${last}" would be left without its number`;
  if (last.endsWith("/")) return `the house number would stop at "${last}"`;
  return "the address would end without a house number";
}

function rank(reading: { address: string; priceText: string; priceRub: number }, range: PriceRange) {
  const notes: string[] = [];
  let penalty = 0;
  const rub = reading.priceRub;
  if (rub < range.minRub || rub > range.maxRub) {
    penalty += 10;
    notes.push(`${rub < range.minRub ? "below" : "above"} the ${range.minRub}–${range.maxRub} RUB range`);
  } else notes.push(`within ${range.minRub}–${range.maxRub} RUB`);
  if (rub >= 1000 && !reading.priceText.includes(" ")) {
    penalty += 5;
    notes.push("the tables write 1 000 and more with a thousands space");
  }
  const house = /(\d+)[^\d]*$/.exec(reading.address)?.[1] ?? "";
  if (house.length > 3) {
    penalty += 3;
    notes.push(`a ${house.length}-digit house number`);
  }
  if (rub % 50 !== 0) {
    penalty += 1;
    notes.push("not a multiple of 50");
  }
  // Tie-break between otherwise equal readings: nearer the typical price wins.
  penalty += Math.abs(Math.log(rub / range.typicalRub)) / 10;
  return { penalty, notes };
}

function readingsOf(rest: string, range: PriceRange): PriceReading[] {
  const readings: PriceReading[] = [];
  for (let i = rest.length - 1; i > 0; i--) {
    const tail = rest.slice(i);
    if (!/^[\d ]+$/.test(tail)) break;
    if (!/\d/.test(rest[i] ?? "")) continue;
    const priceText = tail.trim();
    if (!PRICE.test(priceText)) continue;
    const address = rest.slice(0, i).trim();
    const priceRub = Number(priceText.replaceAll(" ", ""));
    const problem = addressEndingProblem(address);
    if (problem !== null) {
      readings.push({ address, priceText, priceRub, verdict: "ruled-out", notes: [problem], penalty: null });
    } else {
      readings.push({
        address,
        priceText,
        priceRub,
        verdict: "possible",
        ...rank({ address, priceText, priceRub }, range),
      });
    }
  }
  return readings.sort(
    (a, b) => (a.penalty ?? Number.POSITIVE_INFINITY) - (b.penalty ?? Number.POSITIVE_INFINITY),
  );
}

/** The street's last comma onwards, e.g. ", 5/2, p. 1 1 160" → "5/2, p. 1 1 160". */
function touchingText(rest: string): string {
  const comma = rest.lastIndexOf(", ", rest.search(/[\d ]+$/));
  return comma >= 0 ? `…${rest.slice(comma)}` : rest;
}

function shortSplit(reading: PriceReading): string {
  const address = reading.address.length > 22 ? `…${reading.address.slice(-21)}` : reading.address;
  return `"${address} | ${reading.priceText}"`;
}

function explain(touching: string, readings: PriceReading[], range: PriceRange): string {
  const [chosen, ...others] = readings;
  if (!chosen) return "";
  const parts = [
    `House number and price touch in "${touching}".`,
    `Chose ${shortSplit(chosen)} = ${chosen.priceRub} RUB (${chosen.notes.join(", ")}).`,
  ];
  const possible = others.filter((reading) => reading.verdict === "possible");
  const ruledOut = others.filter((reading) => reading.verdict === "ruled-out");
  if (possible.length > 0) {
    const list = possible.map((r) => {
      const notes = [...r.notes];
      // Same rule-based penalty as the chosen one: only the tie-break separated them.
      if (Math.floor(r.penalty ?? 0) === Math.floor(chosen.penalty ?? 0)) {
        notes.push(`further from the typical ${range.typicalRub} RUB`);
      }
      return `${shortSplit(r)} = ${r.priceRub} RUB (${notes.join(", ")})`;
    });
    parts.push(`Less plausible: ${list.join("; ")}.`);
  }
  if (ruledOut.length > 0) {
    parts.push(`Ruled out: ${ruledOut.map((r) => `${shortSplit(r)} (${r.notes.join(", ")})`).join("; ")}.`);
  }
  return parts.join(" ");
}

/**
 * Splits one raw table row into name, address and price (whole RUB). `city` is the table's
 * city heading, in English or Russian.
 */
export function parsePriceLine(line: string, city: string, range = SEED_PRICE_RANGE): ParsePriceLineResult {
  // The telephone column starts at "+7"; the tables carry no more of it.
  const body = line
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/\s*\+7[\d\s()-]*$/, "")
    .trim();
  const split = splitNameAndRest(body);
  if (!split) return { ok: false, error: `No street found in "${body}".` };
  const readings = readingsOf(split.rest, range);
  const chosen = readings[0];
  if (!chosen || chosen.verdict === "ruled-out") {
    return { ok: false, error: `No plausible price at the end of "${split.rest}".` };
  }
  chosen.verdict = "chosen";
  const between = split.rest.slice(chosen.address.length, split.rest.length - chosen.priceText.length);
  const digitsTouch = /\d$/.test(chosen.address) && /^ ?$/.test(between);
  const resolved = resolveCity(city);
  return {
    ok: true,
    value: {
      name: split.name,
      address: chosen.address,
      priceRub: chosen.priceRub,
      city: { en: resolved?.en ?? city.trim(), ru: resolved?.ru ?? null },
      digitsTouch,
      readings,
      reasoning: digitsTouch ? explain(touchingText(split.rest), readings, range) : null,
    },
  };
}
