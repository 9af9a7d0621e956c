import { useEffect, useSyncExternalStore } from "react";
import { navigate } from "../router/navigation.ts";

// A one-time message carried across a navigation ("Client added."): shown on the page
// it was sent to, and gone once the user moves on.

interface Flash {
  message: string;
  path: string;
}

let current: Flash | null = null;
const listeners = new Set<() => void>();

function publish(flash: Flash | null): void {
  current = flash;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigateWithFlash(to: string, message: string): void {
  // Navigate first: published before, the flash could meet the old page and be dropped as stale.
  navigate(to);
  publish({ message, path: new URL(to, window.location.origin).pathname });
}

/** The flash meant for this path; a flash for another path is dropped. */
export function useFlash(path: string): string | null {
  const flash = useSyncExternalStore(subscribe, () => current);
  const stale = flash !== null && flash.path !== path;
  useEffect(() => {
    if (stale && current === flash) publish(null);
  }, [stale, flash]);
  return stale ? null : (flash?.message ?? null);
}
