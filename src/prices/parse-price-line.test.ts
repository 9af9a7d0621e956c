import { describe, expect, it } from "vitest";
import { addressEndingProblem, parsePriceLine } from "./parse-price-line.ts";

// Every row of the seed price tables (001_c5f45e6bac8c7cc5.txt), as it stands in the article,
// with the split read by hand against the article. Rows whose house number and price touch
// are marked; each is a case here.
interface Row {
  line: number;
  city: string;
  raw: string;
  name: string | null;
  address: string;
  rub: number;
}

const TOUCHING: Row[] = [
  {
    line: 177,
    city: "Moscow",
    raw: "Family Clinicst. Sergius of Radonezh, 5/2, p. 1 1 160+7",
    name: "Family Clinic",
    address: "st. Sergius of Radonezh, 5/2, p. 1",
    rub: 1160,
  },
  {
    line: 178,
    city: "Moscow",
    raw: 'Salon "Lady-M"st. Petrozavodskaya, 11, building 1 800+7',
    name: 'Salon "Lady-M"',
    address: "st. Petrozavodskaya, 11, building 1",
    rub: 800,
  },
  {
    line: 179,
    city: "Moscow",
    raw: 'Beauty and health club "Gioconda"Khvalynsky Boulevard, 2850+7',
    name: 'Beauty and health club "Gioconda"',
    address: "Khvalynsky Boulevard, 2",
    rub: 850,
  },
  {
    line: 184,
    city: "Saint Petersburg",
    raw: "MedicalMoskovsky prospect, 73, building 41 000+7",
    name: "Medical",
    address: "Moskovsky prospect, 73, building 4",
    rub: 1000,
  },
  {
    line: 186,
    city: "Saint Petersburg",
    raw: "Beauty studio “Pro Visage”st. Composers, 10 450+7",
    name: "Beauty studio “Pro Visage”",
    address: "st. Composers, 10",
    rub: 450,
  },
  {
    line: 191,
    city: "Krasnodar",
    raw: 'Clinic "Be Healthy"st. Turgeneva, 96 935+7',
    name: 'Clinic "Be Healthy"',
    address: "st. Turgeneva, 96",
    rub: 935,
  },
  {
    line: 192,
    city: "Krasnodar",
    raw: 'Clinic "Cosmet"st. 40 years of Victory, 116 500+7',
    name: 'Clinic "Cosmet"',
    address: "st. 40 years of Victory, 116",
    rub: 500,
  },
  {
    line: 193,
    city: "Krasnodar",
    raw: "Multidisciplinary medicalst. Severnaya, 315 1 800+7",
    name: "Multidisciplinary medical",
    address: "st. Severnaya, 315",
    rub: 1800,
  },
  {
    line: 198,
    city: "Rostov-on-Don",
    raw: "Medicalst. Dachnaya, 8 400+7",
    name: "Medical",
    address: "st. Dachnaya, 8",
    rub: 400,
  },
  {
    line: 199,
    city: "Rostov-on-Don",
    raw: 'Clinic "Skinerica"st. Krasnoarmeyskaya, 72 800+7',
    name: 'Clinic "Skinerica"',
    address: "st. Krasnoarmeyskaya, 72",
    rub: 800,
  },
  {
    line: 200,
    city: "Rostov-on-Don",
    raw: 'Cosmetology "Lalin"st. 1st Circular, 91 550+7',
    name: 'Cosmetology "Lalin"',
    address: "st. 1st Circular, 91",
    rub: 550,
  },
  {
    line: 205,
    city: "Nizhny Novgorod",
    raw: "MedicalLenin Avenue, 72650+7",
    name: "Medical",
    address: "Lenin Avenue, 72",
    rub: 650,
  },
  {
    line: 206,
    city: "Nizhny Novgorod",
    raw: "Cosmetology clinic “WHITE Beauty Clinic”Zarechny Boulevard, 4550+7",
    name: "Cosmetology clinic “WHITE Beauty Clinic”",
    address: "Zarechny Boulevard, 4",
    rub: 550,
  },
  {
    line: 212,
    city: "Voronezh",
    raw: "Cosmetology clinic “VrnCOSMO”st. Kholzunova, 38 600+7",
    name: "Cosmetology clinic “VrnCOSMO”",
    address: "st. Kholzunova, 38",
    rub: 600,
  },
  {
    line: 213,
    city: "Voronezh",
    raw: 'Multidisciplinary clinic "Sova"st. Nikitinskaya, 52 450+7',
    name: 'Multidisciplinary clinic "Sova"',
    address: "st. Nikitinskaya, 52",
    rub: 450,
  },
  {
    line: 214,
    city: "Voronezh",
    raw: "Cryostudio “Life Energy”st. Pushkinskaya, 10 400+7",
    name: "Cryostudio “Life Energy”",
    address: "st. Pushkinskaya, 10",
    rub: 400,
  },
  {
    line: 219,
    city: "Volgograd",
    raw: "st. Rokossovsky, 38 350+7",
    name: null,
    address: "st. Rokossovsky, 38",
    rub: 350,
  },
  {
    line: 220,
    city: "Volgograd",
    raw: "Health and beauty salon “Style”st. Karl Marx, 5 550+7",
    name: "Health and beauty salon “Style”",
    address: "st. Karl Marx, 5",
    rub: 550,
  },
  {
    line: 226,
    city: "Ekaterinburg",
    raw: 'Beauty studio "Fit-and-Beauty"st. Mikheeva, 2 600+7',
    name: 'Beauty studio "Fit-and-Beauty"',
    address: "st. Mikheeva, 2",
    rub: 600,
  },
  {
    line: 227,
    city: "Ekaterinburg",
    raw: 'Beauty salon "Alliance"st. Karl Marx, 60 500+7',
    name: 'Beauty salon "Alliance"',
    address: "st. Karl Marx, 60",
    rub: 500,
  },
  {
    line: 228,
    city: "Ekaterinburg",
    raw: 'Cosmetology office "COSMETOLOGY FOR YOU"st. Aviatsionnaya, 59, of. 5 550+7',
    name: 'Cosmetology office "COSMETOLOGY FOR YOU"',
    address: "st. Aviatsionnaya, 59, of. 5",
    rub: 550,
  },
  {
    line: 235,
    city: "Yaroslavl",
    raw: '"Clinic of Doctor Krotov"st. Bolshaya Fedorovskaya, 29/1 300+7',
    name: '"Clinic of Doctor Krotov"',
    address: "st. Bolshaya Fedorovskaya, 29/1",
    rub: 300,
  },
  {
    line: 240,
    city: "Tver",
    raw: 'Center for Aesthetic and Regenerative Medicine "Triomed"st. Krasnoflotskaya embankment, 17 400+7',
    name: 'Center for Aesthetic and Regenerative Medicine "Triomed"',
    address: "st. Krasnoflotskaya embankment, 17",
    rub: 400,
  },
  {
    line: 241,
    city: "Tver",
    raw: 'Beauty salon "Beauty Academy"Pobedy Avenue, 27500+7',
    name: 'Beauty salon "Beauty Academy"',
    address: "Pobedy Avenue, 27",
    rub: 500,
  },
];

// House number and price kept apart by a letter (lit.U, 6A, 15B, 8a, 32A, 33a).
const APART: Row[] = [
  {
    line: 185,
    city: "Saint Petersburg",
    raw: 'Medical clinic "NJ med"Sredny prospect, 85, lit.U700+7',
    name: 'Medical clinic "NJ med"',
    address: "Sredny prospect, 85, lit.U",
    rub: 700,
  },
  {
    line: 207,
    city: "Nizhny Novgorod",
    raw: 'Beauty salon "Manific Plaza"st. Varvarskaya, 6A 700+7',
    name: 'Beauty salon "Manific Plaza"',
    address: "st. Varvarskaya, 6A",
    rub: 700,
  },
  {
    line: 221,
    city: "Volgograd",
    raw: 'Clinic "Panacea"st. Profsoyuznaya, 15B 470+7',
    name: 'Clinic "Panacea"',
    address: "st. Profsoyuznaya, 15B",
    rub: 470,
  },
  {
    line: 233,
    city: "Yaroslavl",
    raw: "International medicalst. Flotskaya, 8a 550+7",
    name: "International medical",
    address: "st. Flotskaya, 8a",
    rub: 550,
  },
  {
    line: 234,
    city: "Yaroslavl",
    raw: 'Beauty salon "Tais"st. Chkalova, 32A 300+7',
    name: 'Beauty salon "Tais"',
    address: "st. Chkalova, 32A",
    rub: 300,
  },
  {
    line: 242,
    city: "Tver",
    raw: "Narnia Spast. Simeonovskaya, 33a 700+7",
    name: "Narnia Spa",
    address: "st. Simeonovskaya, 33a",
    rub: 700,
  },
];

describe("parsePriceLine on the seed tables", () => {
  it.each(TOUCHING)("line $line: touching digits split as $address | $rub RUB", (row) => {
    const result = parsePriceLine(`    ${row.raw}`, row.city);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ name: row.name, address: row.address, priceRub: row.rub });
    expect(result.value.digitsTouch).toBe(true);
    expect(result.value.reasoning).toContain(`= ${row.rub} RUB`);
    expect(result.value.readings[0]?.verdict).toBe("chosen");
  });

  it.each(APART)("line $line: apart, $address | $rub RUB, no reasoning", (row) => {
    const result = parsePriceLine(row.raw, row.city);
    expect(result.ok && result.value).toMatchObject({
      name: row.name,
      address: row.address,
      priceRub: row.rub,
      digitsTouch: false,
      reasoning: null,
    });
  });

  it("covers all 30 rows, three per city", () => {
    const rows = [...TOUCHING, ...APART];
    expect(rows).toHaveLength(30);
    const perCity = new Map<string, number>();
    for (const row of rows) perCity.set(row.city, (perCity.get(row.city) ?? 0) + 1);
    expect([...perCity.values()]).toEqual(Array(10).fill(3));
  });
});

describe("how a touching split is chosen", () => {
  const readingsOf = (raw: string) => {
    const result = parsePriceLine(raw, "Moscow");
    if (!result.ok) throw new Error(result.error);
    return result.value.readings.map((r) => [r.address.split(", ").at(-1), r.priceRub, r.verdict]);
  };

  it("keeps the implausible readings as candidates and says why they lost", () => {
    const result = parsePriceLine('Beauty and health club "Gioconda"Khvalynsky Boulevard, 2850+7', "Moscow");
    expect(readingsOf('Beauty and health club "Gioconda"Khvalynsky Boulevard, 2850+7')).toEqual([
      ["2", 850, "chosen"],
      ["28", 50, "possible"],
      ["Khvalynsky Boulevard,", 2850, "ruled-out"],
    ]);
    expect(result.ok && result.value.reasoning).toMatch(/50 RUB \(below the 300–2000 RUB range\)/);
  });

  it("reads a space before three digits as a thousands separator only when the address still ends well", () => {
    // "p. 1 1 160": "p. 1" + 1 160, not "p. 1 1" + 160 (a second number is always labelled).
    expect(readingsOf("Family Clinicst. Sergius of Radonezh, 5/2, p. 1 1 160+7")[0]).toEqual([
      "p. 1",
      1160,
      "chosen",
    ]);
    // "building 1 800": "building" needs its number, so 800, not 1 800.
    expect(readingsOf('Salon "Lady-M"st. Petrozavodskaya, 11, building 1 800+7')).toEqual([
      ["building 1", 800, "chosen"],
      ["building", 1800, "ruled-out"],
    ]);
  });

  it("breaks a tie inside the range towards the typical price", () => {
    // 91 | 550 and 9 | 1 550 are both well formed and both within 300–2000 RUB.
    const result = parsePriceLine('Cosmetology "Lalin"st. 1st Circular, 91 550+7', "Rostov-on-Don");
    expect(result.ok && result.value.reasoning).toContain("further from the typical 550 RUB");
    expect(result.ok && result.value.priceRub).toBe(550);
  });

  it("penalises a four-digit price written without the thousands space", () => {
    // 7 | 2650 would break the tables' own way of writing 1 000 and more.
    const result = parsePriceLine("MedicalLenin Avenue, 72650+7", "Nizhny Novgorod");
    const reading = result.ok ? result.value.readings.find((r) => r.priceRub === 2650) : undefined;
    expect(reading?.notes).toContain("the tables write 1 000 and more with a thousands space");
  });
});

describe("rows written the Russian way", () => {
  it.each([
    ["Клиника «Крио»ул. Ленина, 5к2 1 200+7 (495) 000-00-00", "Клиника «Крио»", "ул. Ленина, 5к2", 1200],
    ["Салон Эльзаул. Тверская, 10с1 900", "Салон Эльза", "ул. Тверская, 10с1", 900],
    ["Центр «Холод»пр. Мира, 12, стр. 3 1 500+7", "Центр «Холод»", "пр. Мира, 12, стр. 3", 1500],
    ["Студия «Лёд»наб. Фонтанки, 20, лит. А750", "Студия «Лёд»", "наб. Фонтанки, 20, лит. А", 750],
  ])("%s", (raw, name, address, rub) => {
    const result = parsePriceLine(raw, "Москва");
    expect(result.ok && result.value).toMatchObject({
      name,
      address,
      priceRub: rub,
      city: { en: "Moscow", ru: "Москва" },
    });
  });
});

describe("what cannot be parsed", () => {
  it("says so when there is no street", () => {
    expect(parsePriceLine("Just a sentence with 500 in it", "Tver")).toEqual({
      ok: false,
      error: 'No street found in "Just a sentence with 500 in it".',
    });
  });

  it("says so when no price can end the address", () => {
    expect(parsePriceLine("Clinicst. Lenina, 0+7", "Tver").ok).toBe(false);
  });
});

describe("addressEndingProblem", () => {
  it.each([
    ["st. Lenina, 5", null],
    ["st. Lenina, 29/1", null],
    ["st. Lenina, 6A", null],
    ["Sredny prospect, 85, lit.U", null],
    ["ул. Ленина, 5, к2", null],
    ["st. Lenina, 5, building", '"building" would be left without its number'],
    ["st. Lenina, 5 1", '"5 1" is not a house number'],
    ["st. Lenina, 29/", 'the house number would stop at "29/"'],
    ["st. Lenina,", "the address would end without a house number"],
  ])("%s → %s", (address, problem) => {
    expect(addressEndingProblem(address)).toBe(problem);
  });
});
