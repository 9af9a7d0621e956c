import type { ExposurePhase, SessionExposure } from "../../api/sessions-types.ts";

// What an exposure's timer shows between two reads of the session. The server's elapsed
// time is the truth; a running timer counts on from it by the device's clock only until
// the next read replaces it, so a slow device or a reload never drifts.

/** Elapsed seconds now, from the last read taken `sinceReadMs` ago. */
export function shownSeconds(exposure: SessionExposure, sinceReadMs: number): number {
  if (exposure.status !== "running") return exposure.elapsedSeconds;
  return exposure.elapsedSeconds + Math.max(0, Math.floor(sinceReadMs / 1000));
}

/** As the server decides it: "warning" from 80 % of the limit, "limit" from 100 %. */
export function shownPhase(seconds: number, limitSeconds: number): ExposurePhase {
  if (seconds >= limitSeconds) return "limit";
  if (seconds * 5 >= limitSeconds * 4) return "warning";
  return "ok";
}

/** "2:05" for 125 seconds; "12:00" for 720. */
export function clockText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}
