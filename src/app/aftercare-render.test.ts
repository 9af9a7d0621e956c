import { describe, expect, test } from "vitest";
import { pdfText, unspaced } from "../../test/support/pdf-text.ts";
import { DomainError } from "../domain/errors.ts";
import {
  type AftercareRequest,
  aftercareSheetFor,
  renderAftercareHtml,
  renderAftercarePdf,
} from "./aftercare-render.ts";

const request = (overrides: Partial<AftercareRequest> = {}): AftercareRequest => ({
  procedureId: "nitrogen-cryomassage",
  methodId: "applicator",
  language: "en",
  clinic: { name: "Polar Skin Clinic", address: "12 Harbour Street, Riga", phone: "+371 2000 0000" },
  clientName: "Anna Smith",
  startsAt: new Date("2026-03-29T07:30:00Z"),
  timeZone: "Europe/Riga",
  ...overrides,
});

describe("aftercare sheet as PDF", () => {
  test("carries the Russian instructions, in a font that has Cyrillic", async () => {
    const pdf = await renderAftercarePdf(aftercareSheetFor(request({ language: "ru" })));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = unspaced(await pdfText(pdf));
    for (const phrase of [
      "Памятка после процедуры",
      "Отдохните в клинике около получаса; если самочувствие хорошее, можно идти домой.",
      "Отёк и покраснение (гиперемия) обработанной кожи",
      "Сразу позвоните в клинику (+371 2000 0000)",
      "Сообщить специалисту и отказаться от криотерапии до полного восстановления кожи.",
      "На время курса откажитесь от саун и бань, загара и агрессивной косметики.",
      "воскресенье, 29 марта 2026 г. в 10:30",
    ]) {
      expect(text).toContain(unspaced(phrase));
    }
  });

  test("carries the English instructions with their references and sources", async () => {
    const text = unspaced(await pdfText(await renderAftercarePdf(aftercareSheetFor(request()))));
    for (const phrase of [
      "Rest for about half an hour at the clinic; go home if you feel well. [000:64, 004:91]",
      "Swelling and redness (hyperaemia) of the treated skin",
      "How long: at least about 2 days ('Several days') [000:66]; 2–3 hours [004:93]; up to 1 day [001:124]",
      "Frostbite or dermatitis when the applicator lingers or exposure is too long",
      "Avoid ultraviolet light: strong sun and sunbeds.",
      "004_0a72f601ed0a09d5.txt, line 96: “refuse to visit saunas and baths”",
    ]) {
      expect(text).toContain(unspaced(phrase));
    }
  });
});

describe("aftercare sheet as HTML", () => {
  test("is a standalone printable document in the client's language with every section", () => {
    const html = renderAftercareHtml(aftercareSheetFor(request({ language: "ru" })));
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("@page");
    expect(html).not.toMatch(/<script|<link|src=/i);
    for (const [id, title] of [
      ["care", "Правила ухода"],
      ["normal", "Что нормально и как долго это длится"],
      ["report", "Сразу сообщите в клинику, если…"],
      ["course", "Во время курса"],
      ["effects", "Что даёт процедура"],
      ["sources", "Источники"],
    ]) {
      expect(html).toContain(`<h2 id="${id}-title">${title}</h2>`);
    }
    expect(html).toContain("Умывайтесь мягкой пенкой.");
    expect(html).toContain("<strong>004:96</strong>");
  });

  test("escapes what it is given, so a name cannot break or script the page", () => {
    const html = renderAftercareHtml(
      aftercareSheetFor(
        request({
          clientName: "Anna <script>alert(1)</script>",
          clinic: { name: 'Polar & "Frost"', address: "<b>Riga</b>" },
        }),
      ),
    );
    expect(html).toContain("Anna &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Polar &amp; &quot;Frost&quot;");
    expect(html).toContain("&lt;b&gt;Riga&lt;/b&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
  });

  test("an unknown procedure is not found", () => {
    let error: unknown;
    try {
      aftercareSheetFor(request({ procedureId: "cold-shower" }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: "not-found", code: "procedure-not-found" });
  });
});
