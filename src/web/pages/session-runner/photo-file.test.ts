import { describe, expect, test } from "vitest";
import { nextPhotoKind, PHOTO_ACCEPT, photoFileProblem } from "./photo-file.ts";

const MiB = 1024 * 1024;

describe("a picture chosen for a session photo", () => {
  test("may be a JPEG, PNG or WebP picture of up to 8 MiB", () => {
    expect(photoFileProblem({ type: "image/jpeg", size: 3 * MiB })).toBeNull();
    expect(photoFileProblem({ type: "image/png", size: 1 })).toBeNull();
    expect(photoFileProblem({ type: "image/webp", size: 8 * MiB })).toBeNull();
  });

  test("is refused as another kind of file, whatever its size", () => {
    expect(photoFileProblem({ type: "image/heic", size: MiB })).toBe("type");
    expect(photoFileProblem({ type: "application/pdf", size: MiB })).toBe("type");
    // A file the browser cannot name has no type at all.
    expect(photoFileProblem({ type: "", size: MiB })).toBe("type");
  });

  test("is refused when empty or over 8 MiB", () => {
    expect(photoFileProblem({ type: "image/jpeg", size: 0 })).toBe("empty");
    expect(photoFileProblem({ type: "image/jpeg", size: 8 * MiB + 1 })).toBe("size");
  });

  test("the file picker offers exactly the types the server takes", () => {
    expect(PHOTO_ACCEPT).toBe("image/jpeg,image/png,image/webp");
  });
});

describe("the kind of the next photo", () => {
  test("is before until a before photo exists, then after", () => {
    expect(nextPhotoKind([])).toBe("before");
    expect(nextPhotoKind([{ kind: "after" }])).toBe("before");
    expect(nextPhotoKind([{ kind: "before" }])).toBe("after");
  });
});
