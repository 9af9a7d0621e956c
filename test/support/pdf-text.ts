import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// What a reader of a PDF gets from it, read by an independent PDF library (not the one
// that wrote it), so a test sees the text a client would.

/** The PDF's text, page after page. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return pages.join(" ");
}

/** Lines wrap wherever the page ends them: compare text without its spacing. */
export const unspaced = (text: string) => text.replace(/\s+/g, "");
