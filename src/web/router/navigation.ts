import { useSyncExternalStore } from "react";

// Navigation on the History API: pushState changes the address, and every
// subscriber re-renders from location. No router library needed for a dozen pages.

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) window.addEventListener("popstate", notify);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", notify);
  };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentAddress()) return;
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  if (!options.replace) window.scrollTo(0, 0);
  notify();
}

function currentAddress(): string {
  return window.location.pathname + window.location.search;
}

/** The current path and query; re-renders the caller when either changes. */
export function useAddress(): { path: string; query: URLSearchParams } {
  const address = useSyncExternalStore(subscribe, currentAddress);
  const url = new URL(address, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}
