import { beforeAll, describe, expect, it } from "vitest";
import { createOrganisation } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { importPriceList } from "../../app/price-service.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});

const prices = async (query: string) =>
  (await server.app.inject({ method: "GET", url: `/api/v1/prices${query}` })).json();

describe("price directory", () => {
  it("lists a city's prices from the articles with their source, in English or Russian", async () => {
    const english = await prices("?city=Saint%20Petersburg&procedure=nitrogen-cryomassage");
    const russian = await prices(`?city=${encodeURIComponent("санкт-петербург")}`);
    expect(russian.items).toEqual(
      english.items.filter((item: { source: { kind: string } }) => item.source.kind === "article"),
    );
    const fromArticles = english.items.filter(
      (item: { source: { kind: string } }) => item.source.kind === "article",
    );
    expect(fromArticles.map((item: { price: { amount: number } }) => item.price.amount)).toEqual([
      45000, 70000, 100000,
    ]);
    expect(fromArticles[2]).toMatchObject({
      clinic: { name: "Medical", city: "Saint Petersburg", address: "Moskovsky prospect, 73, building 4" },
      procedureId: "nitrogen-cryomassage",
      price: { amount: 100000, currency: "RUB" },
      source: { kind: "article", article: "001_c5f45e6bac8c7cc5.txt", line: 184 },
    });
    expect(fromArticles[2].source.note).toContain("building 4");
  });

  it("summarises each city: min, median, max and count in minor units", async () => {
    const moscow = await prices("?city=Moscow");
    const articleStats = moscow.stats.find((s: { city: string }) => s.city === "Moscow");
    expect(articleStats).toMatchObject({ min: 80000, max: 116000, currency: "RUB" });
    const all = await prices("");
    expect(new Set(all.stats.map((s: { city: string }) => s.city)).size).toBeGreaterThanOrEqual(10);
  });

  it("gives an empty list for a city nobody has priced, and 400 for an unknown procedure", async () => {
    expect(await prices("?city=Atlantis")).toEqual({ items: [], stats: [] });
    const bad = await server.app.inject({ method: "GET", url: "/api/v1/prices?procedure=cryo-yoga" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe("procedure");
  });

  it("adds an imported price list to the directory, and imports nothing from a file with a bad row", async () => {
    const org = await createOrganisation(server.deps);
    const header = "clinic_name,city,address,procedure_id,price,currency";
    const bad = await importPriceList(server.deps, org.actor, {
      file: "bad.csv",
      text: `${header}\nCold Spa,Kazan,ul. Baumana 1,cryosauna,1500,RUB\nCold Spa,Kazan,ul. Baumana 1,cryo-yoga,abc,RUB\n`,
    });
    expect(bad.ok).toBe(false);
    const errors = bad.ok ? [] : bad.errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.line === 3)).toBe(true);
    expect((await prices("?city=Kazan")).items).toEqual([]);

    const good = await importPriceList(server.deps, org.actor, {
      file: "spa.csv",
      text: `${header}\nCold Spa,Kazan,ul. Baumana 1,cryosauna,1500,RUB\nCold Spa,Kazan,ul. Baumana 1,cryolipolysis,12000.50,RUB\n`,
    });
    expect(good).toEqual({ ok: true, imported: 2 });
    const kazan = await prices("?city=Kazan");
    expect(kazan.items.map((i: { price: { amount: number } }) => i.price.amount)).toEqual([150000, 1200050]);
    expect(kazan.items[0].source).toMatchObject({ kind: "price-list", file: "spa.csv", line: 2 });
  });
});
