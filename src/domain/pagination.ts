import { z } from "zod";
import { invalid } from "./errors.ts";

// Opaque cursors: the sort key of the last row seen, base64url-encoded JSON. Every
// key ends with the row's id, which breaks ties.

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const key = z
      .array(z.string())
      .length(length)
      .refine((parts) => z.uuid().safeParse(parts.at(-1)).success)
      .parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return key;
  } catch {
    throw invalid([{ field: "cursor", message: "Not a cursor this list returned." }]);
  }
}

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
