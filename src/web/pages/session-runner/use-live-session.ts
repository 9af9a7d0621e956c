import { useCallback, useEffect, useRef, useState } from "react";
import { sessionsApi } from "../../api/sessions-api.ts";
import type { Session } from "../../api/sessions-types.ts";

// The session as the server last told it, read again every second while timers may run,
// every few seconds while the client is under observation (another tablet may discharge them
// or add a photo), and no more once finished; a tick in between lets running timers count on
// smoothly until the next read.

const POLL_MS = 1000;
const OBSERVING_POLL_MS = 5000;
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

  const finished = session?.status === "finished";
  const observing = session?.status === "observing";

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
    if (finished) {
      return () => {
        current = false;
      };
    }
    const poll = window.setInterval(read, observing ? OBSERVING_POLL_MS : POLL_MS);
    const tick = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => {
      current = false;
      window.clearInterval(poll);
      window.clearInterval(tick);
    };
  }, [id, finished, observing, accept]);

  return { session, error: session ? null : error, stale, sinceReadMs: Math.max(0, now - readAt), accept };
}
