import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from "react";

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Replace the data after a write answered with the new state. */
  setData: Dispatch<SetStateAction<T | undefined>>;
}

/**
 * Loads data for a page, again whenever `key` changes (name in it what the load reads);
 * a late answer for an earlier key is ignored.
 */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  // The latest load function, read when the key changes: callers pass a new closure every render.
  const latestLoad = useRef(load);
  latestLoad.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names everything the load reads
  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    latestLoad.current().then(
      (value) => {
        if (!current) return;
        setData(value);
        setLoading(false);
      },
      (caught: unknown) => {
        if (!current) return;
        setError(caught);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [key]);

  return { data, error, loading, setData };
}
