/**
 * A number as a person types it: "36,6" as well as "36.6", since a Russian keyboard types
 * a decimal comma. undefined for an empty box, null for text that is not a number.
 */
export function parseDecimal(text: string): number | null | undefined {
  const trimmed = text.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}
