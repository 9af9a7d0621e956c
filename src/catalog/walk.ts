// Generic traversal of the catalog's JSON: every object is visited with its path,
// so checks can find facts (objects with `sources`) wherever they sit.

export type PathSegment = string | number;
export type Node = Record<string, unknown>;

export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Visits every object in document order, parents before children. */
export function* walkObjects(
  value: unknown,
  path: PathSegment[] = [],
): Generator<{ node: Node; path: PathSegment[] }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walkObjects(item, [...path, index]);
    return;
  }
  if (!isNode(value)) return;
  yield { node: value, path };
  for (const [key, child] of Object.entries(value)) yield* walkObjects(child, [...path, key]);
}

/**
 * A path as a reader finds it: the data file, then the place inside it, e.g.
 * `procedures/cryosauna.json: methods[0].exposure.claims[1]`.
 */
export function describePath(path: readonly PathSegment[]): string {
  const [top, ...rest] = path;
  let file: string;
  let inner: readonly PathSegment[];
  if (top === "procedures" && rest.length > 0) {
    file = `procedures/${String(rest[0])}.json`;
    inner = rest.slice(1);
  } else {
    file = top === undefined ? "(catalog)" : `${kebab(String(top))}.json`;
    inner = rest;
  }
  let where = "";
  for (const segment of inner)
    where += typeof segment === "number" ? `[${segment}]` : `${where ? "." : ""}${segment}`;
  return where ? `${file}: ${where}` : file;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
