import { PHOTO_CONTENT_TYPES, PHOTO_MAX_BYTES } from "../../../domain/sessions/session-requests.ts";
import type { PhotoKind, SessionPhoto } from "../../api/sessions-types.ts";

// A picture checked on the tablet before it is sent: the server takes JPEG, PNG and WebP up
// to 8 MiB and refuses the rest, so saying so at once spares a long upload over Wi-Fi.

export type PhotoFileProblem = "type" | "size" | "empty";

/** What is wrong with the chosen file for a session photo, or null when it may be sent. */
export function photoFileProblem(file: { type: string; size: number }): PhotoFileProblem | null {
  if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(file.type.toLowerCase())) return "type";
  if (file.size === 0) return "empty";
  if (file.size > PHOTO_MAX_BYTES) return "size";
  return null;
}

/** The kind the next photo most likely is: "before" until one is taken, then "after". */
export function nextPhotoKind(photos: readonly Pick<SessionPhoto, "kind">[]): PhotoKind {
  return photos.some((photo) => photo.kind === "before") ? "after" : "before";
}

export const PHOTO_ACCEPT = PHOTO_CONTENT_TYPES.join(",");
export const PHOTO_MAX_MEGABYTES = PHOTO_MAX_BYTES / (1024 * 1024);
