import { useCallback, useEffect, useRef, useState } from "react";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { Session } from "../../api/sessions-types.ts";

// The session as the server last told it, read again every second while it can still
// change, and a tick in between so running timers count on smoothly until the next read.

const POLL_MS = 1000;
const TICK_MS = 250;

export interface LiveSession {
  session: Session | undefined;
  /** The first load's failure; later failed reads keep the last session shown. */
  error: unknown;
  /** True while the last read failed: the timers shown may be behind. */
  stale: boolean;
  /** Milliseconds since the session shown was read. */
  sinceReadMs: number;
  /** Shows the session a write answered with, as a fresh read. */
  accept: (session: Session) => void;
}

export function useLiveSession(id: string): LiveSession {
  const [session, setSession] = useState<Session | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [readAt, setReadAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const inFlight = useRef(false);

  const accept = useCallback((next: Session) => {
    setSession(next);
    setReadAt(Date.now());
    setNow(Date.now());
    setStale(false);
  }, []);

  const settled = session?.status === "observing" || session?.status === "finished";

  useEffect(() => {
    let current = true;
    const read = async () => {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        const next = await sessionsApi.get(id);
        if (current) accept(next);
      } catch (caught) {
        if (!current) return;
        setStale(true);
        setError((previous: unknown) => previous ?? caught);
      } finally {
        inFlight.current = false;
      }
    };
    void read();
    if (settled) {
      return () => {
        current = false;
      };
    }
    const poll = window.setInterval(read, POLL_MS);
    const tick = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      current = false;
      window.clearInterval(poll);
      window.clearInterval(tick);
    };
  }, [id, settled, accept]);

  return { session, error: session ? null : error, stale, sinceReadMs: Math.max(0, now - readAt), accept };
}
