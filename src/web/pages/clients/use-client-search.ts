import { useCallback, useEffect, useRef, useState } from "react";
import { clientsApi } from "../../api/clients-api.ts";
import type { Client } from "../../api/types.ts";

const PAGE_SIZE = 50;

export interface ClientSearchResult {
  items: Client[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
  loadMore: () => void;
}

/** The clients matching a search, page by page; an answer to an older search is dropped. */
export function useClientSearch(q: string, includeArchived: boolean): ClientSearchResult {
  const [items, setItems] = useState<Client[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await clientsApi.search({ q, archived: includeArchived, cursor, limit: PAGE_SIZE });
        if (mine !== generation.current) return;
        setItems((previous) => (cursor ? [...previous, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (caught) {
        if (mine === generation.current) setError(caught);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [q, includeArchived],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (nextCursor) void fetchPage(nextCursor);
  }, [fetchPage, nextCursor]);

  return { items, nextCursor, loading, error, loadMore };
}
