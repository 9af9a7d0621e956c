import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { Catalog } from "../catalog/catalog.ts";
import { catalog as loadedCatalog } from "../catalog/load.ts";
import { notFound } from "../domain/errors.ts";
import {
  type AftercareSheet,
  type AftercareSheetInput,
  buildAftercareSheet,
  type SheetItem,
} from "../domain/sessions/aftercare.ts";

// The aftercare sheet as a printable HTML document and as a PDF. Both lay out the same
// content model; neither adds facts of its own. The PDF embeds DejaVu Sans, shipped as an
// npm package, because the standard PDF fonts have no Cyrillic.

export type AftercareRequest = Omit<AftercareSheetInput, "procedure" | "conflictSummary"> & {
  procedureId: string;
};

/** The sheet for a procedure of the catalog; an unknown procedure is a 404, an unknown method a 400. */
export function aftercareSheetFor(
  request: AftercareRequest,
  source: Catalog = loadedCatalog,
): AftercareSheet {
  const { procedureId, ...rest } = request;
  const procedure = source.getProcedure(procedureId);
  if (!procedure) throw notFound("procedure");
  const summaries = new Map(source.files.conflicts.map((entry) => [entry.id, entry.summary]));
  return buildAftercareSheet({ ...rest, procedure, conflictSummary: (id) => summaries.get(id) });
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

const PRINT_CSS = `
@page { size: A4; margin: 16mm 16mm 18mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 10.5pt/1.45 "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #111; }
main { max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
.letterhead { border-bottom: 2px solid #1f4e79; padding-bottom: 3mm; margin-bottom: 4mm; }
.letterhead strong { font-size: 13pt; color: #1f4e79; }
.letterhead p { margin: 0.5mm 0 0; color: #444; }
h1 { font-size: 17pt; margin: 0 0 3mm; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0 0 5mm; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
section { margin: 0 0 4mm; }
h2 { font-size: 12.5pt; color: #1f4e79; margin: 0 0 1.5mm; border-bottom: 1px solid #c9d6e3; break-after: avoid; }
h3 { font-size: 11pt; margin: 2mm 0 1mm; break-after: avoid; }
.lead, .empty { margin: 0 0 1.5mm; color: #444; }
ul { margin: 0; padding-left: 5mm; }
li { margin: 0 0 1.2mm; break-inside: avoid; }
.refs, .source-file { color: #666; font-size: 8.5pt; white-space: nowrap; }
.detail { margin-top: 0.5mm; }
.detail-label { font-weight: bold; }
.dispute { margin-top: 0.5mm; color: #8a4b00; font-size: 9pt; }
.sources li { font-size: 8.5pt; color: #333; }
@media screen { body { background: #eee; } main { background: #fff; padding: 12mm 14mm; margin: 8mm auto; } }
`;

const refsHtml = (refs: readonly string[]) =>
  refs.length > 0 ? ` <span class="refs">[${escapeHtml(refs.join(", "))}]</span>` : "";

function itemHtml(item: SheetItem, disputedLabel: string): string {
  const details = item.details.map(
    (detail) =>
      `<div class="detail"><span class="detail-label">${escapeHtml(detail.label)}:</span> ${detail.values
        .map((value) => `${escapeHtml(value.text)}${refsHtml(value.refs)}`)
        .join("; ")}</div>`,
  );
  const disputes = item.disputes.map(
    (text) => `<div class="dispute">⚠ ${escapeHtml(disputedLabel)}: ${escapeHtml(text)}</div>`,
  );
  return `<li>${escapeHtml(item.text)}${refsHtml(item.refs)}${details.join("")}${disputes.join("")}</li>`;
}

/** A standalone document: inline print CSS, the client's language, no script, every text escaped. */
export function renderAftercareHtml(sheet: AftercareSheet): string {
  const sections = sheet.sections.map((section) => {
    const body =
      section.groups.length === 0
        ? `<p class="empty">${escapeHtml(section.empty)}</p>`
        : section.groups
            .map(
              (group) =>
                `${group.heading ? `<h3>${escapeHtml(group.heading)}</h3>` : ""}<ul>${group.items
                  .map((item) => itemHtml(item, sheet.labels.disputed))
                  .join("")}</ul>`,
            )
            .join("");
    const lead =
      section.lead && section.groups.length > 0 ? `<p class="lead">${escapeHtml(section.lead)}</p>` : "";
    return `<section id="${section.id}" aria-labelledby="${section.id}-title"><h2 id="${section.id}-title">${escapeHtml(section.title)}</h2>${lead}${body}</section>`;
  });
  const sources = sheet.sources.items.map(
    (source) =>
      `<li><strong>${escapeHtml(source.ref)}</strong> <span class="source-file">${escapeHtml(source.article)}, ${escapeHtml(sheet.labels.line)} ${source.line}</span>: ${source.excerpts.map((excerpt) => `“${escapeHtml(excerpt)}”`).join("; ")}</li>`,
  );
  return `<!doctype html>
<html lang="${sheet.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${sheet.title} — ${sheet.clinic.name}`)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
<header class="letterhead"><strong>${escapeHtml(sheet.clinic.name)}</strong>${sheet.clinic.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</header>
<h1>${escapeHtml(sheet.title)}</h1>
<dl class="facts">${sheet.facts.map((fact) => `<dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd>`).join("")}</dl>
${sections.join("\n")}
<section id="sources" class="sources" aria-labelledby="sources-title"><h2 id="sources-title">${escapeHtml(sheet.sources.title)}</h2><p class="lead">${escapeHtml(sheet.sources.lead)}</p><ul>${sources.join("")}</ul></section>
</main>
</body>
</html>
`;
}

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function dejaVu() {
  fonts ??= {
    regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
    bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

const INK = "#111111";
const ACCENT = "#1f4e79";
const MUTED = "#555555";
const WARN = "#8a4b00";

/** The same sheet on A4 pages, with the clinic and page numbers in the footer. */
export function renderAftercarePdf(sheet: AftercareSheet): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, bottom: 56, left: 50, right: 50 },
    bufferPages: true,
    lang: sheet.language,
    info: {
      Title: sheet.title,
      Author: sheet.clinic.name,
      Subject: sheet.facts.map((f) => f.value).join(" · "),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const { regular, bold } = dejaVu();
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  /** Starts a new page unless `height` more points fit on this one. */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const write = (
    text: string,
    font: string,
    size: number,
    color: string,
    options: PDFKit.Mixins.TextOptions = {},
  ) => doc.font(font).fontSize(size).fillColor(color).text(text, options);

  write(sheet.clinic.name, "bold", 13, ACCENT, { width });
  for (const line of sheet.clinic.lines) write(line, "regular", 9.5, MUTED, { width });
  doc.moveDown(0.3);
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(1.5)
    .strokeColor(ACCENT)
    .stroke();
  doc.moveDown(0.6);
  write(sheet.title, "bold", 17, INK, { width });
  doc.moveDown(0.3);
  for (const fact of sheet.facts) {
    write(`${fact.label}: `, "bold", 10.5, INK, { width, continued: true });
    write(fact.value, "regular", 10.5, INK);
  }

  const bulletIndent = 12;
  const itemBlock = (item: SheetItem) => {
    const text = item.refs.length > 0 ? `${item.text}  [${item.refs.join(", ")}]` : item.text;
    keep(
      doc
        .font("regular")
        .fontSize(10.5)
        .heightOfString(text, { width: width - bulletIndent }) + 4,
    );
    doc.circle(left + 3, doc.y + 6.5, 1.8).fill(INK);
    doc.x = left + bulletIndent;
    write(item.text, "regular", 10.5, INK, { width: width - bulletIndent, continued: item.refs.length > 0 });
    // Same size as the sentence: pdfkit spaces a wrapped line by its last fragment's size.
    if (item.refs.length > 0) write(`  [${item.refs.join(", ")}]`, "regular", 10.5, MUTED);
    for (const detail of item.details) {
      write(`${detail.label}: `, "bold", 9.5, INK, { width: width - bulletIndent, continued: true });
      const values = detail.values.map((value) =>
        value.refs.length > 0 ? `${value.text} [${value.refs.join(", ")}]` : value.text,
      );
      write(values.join("; "), "regular", 9.5, INK);
    }
    for (const text of item.disputes) {
      write(`⚠ ${sheet.labels.disputed}: ${text}`, "regular", 8.5, WARN, { width: width - bulletIndent });
    }
    doc.x = left;
    doc.moveDown(0.25);
  };

  for (const section of sheet.sections) {
    doc.moveDown(0.6);
    keep(60);
    write(section.title, "bold", 12.5, ACCENT, { width });
    doc.moveDown(0.2);
    if (section.groups.length === 0) write(section.empty, "regular", 10, MUTED, { width });
    else if (section.lead) write(section.lead, "regular", 10, MUTED, { width });
    for (const group of section.groups) {
      if (group.heading) {
        keep(40);
        doc.moveDown(0.2);
        write(group.heading, "bold", 11, INK, { width });
      }
      for (const item of group.items) itemBlock(item);
    }
  }

  doc.moveDown(0.6);
  keep(60);
  write(sheet.sources.title, "bold", 12.5, ACCENT, { width });
  write(sheet.sources.lead, "regular", 8.5, MUTED, { width });
  doc.moveDown(0.2);
  // The reference in a column of its own, so the eye finds "004:96" down the left edge.
  const refColumn = 46;
  for (const source of sheet.sources.items) {
    const excerpts = source.excerpts.map((excerpt) => `“${excerpt}”`).join("; ");
    const line = `${source.article}, ${sheet.labels.line} ${source.line}: `;
    keep(
      doc
        .font("regular")
        .fontSize(8)
        .heightOfString(line + excerpts, { width: width - refColumn }) + 2,
    );
    const y = doc.y;
    doc.font("bold").fontSize(8).fillColor(INK).text(source.ref, left, y, { lineBreak: false });
    doc
      .font("regular")
      .fillColor(MUTED)
      .text(line, left + refColumn, y, { width: width - refColumn, continued: true });
    doc.fillColor(INK).text(excerpts);
    doc.x = left;
  }

  // Footers go into the bottom margin, where pdfkit would otherwise start yet another page.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${sheet.clinic.name} · ${index + 1}/${range.count}`, left, doc.page.height - 34, {
        width,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
