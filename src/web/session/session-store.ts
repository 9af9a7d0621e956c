import { useSyncExternalStore } from "react";
import { setCsrfToken } from "../api/http.ts";
import type { Me } from "../api/types.ts";

// Who is logged in, shared by every page: undefined until asked, null when logged out.

type SessionState = Me | null | undefined;

let current: SessionState;
const listeners = new Set<() => void>();

export function setSession(me: Me | null): void {
  current = me;
  setCsrfToken(me?.csrfToken ?? null);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(subscribe, () => current);
}
