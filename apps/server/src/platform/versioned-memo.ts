import type { Db } from "../db/database.ts";
import { dataVersion } from "./data-version.ts";

/** Enough for every page and filter a city's users open between two writes; bounds the memory. */
const DEFAULT_MAX_ENTRIES = 1_000;

/**
 * Memoises an expensive read while the data version stands (see data-version.ts): the first request after
 * a committed write pays the computation, every later one reuses it until the next write, on any instance
 * (the version lives in the database). Values are kept per key; the keys not yet known are computed in
 * one batch; a failed computation is not kept. Only for reads through the app's own connection, never
 * inside a transaction that has written.
 */
export function versionedMemo<A, R>(
  db: Db,
  keyOf: (request: A) => string,
  computeMany: (requests: readonly A[]) => Promise<R[]>,
  /** At most this many values per data version; beyond it a value is computed and not kept. */
  options: { maxEntries?: number } = {},
) {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  let version: string | null = null;
  let values = new Map<string, Promise<R>>();

  /** The value for each request, in order; the data version is read once. */
  async function all(requests: readonly A[]): Promise<R[]> {
    const current = await dataVersion(db);
    if (current !== version) {
      version = current;
      values = new Map();
    }
    const generation = values;
    /** Values computed for this call only (the memo is full). */
    const fresh = new Map<string, Promise<R>>();
    const missing = new Map<string, A>();
    for (const request of requests) {
      const key = keyOf(request);
      if (!generation.has(key)) missing.set(key, request);
    }
    if (missing.size > 0) {
      const batch = computeMany([...missing.values()]);
      [...missing.keys()].forEach((key, i) => {
        const value = batch.then((results) => results[i] as R);
        if (generation.size >= maxEntries) {
          fresh.set(key, value);
          return;
        }
        generation.set(key, value);
        value.catch(() => {
          if (generation.get(key) === value) generation.delete(key);
        });
      });
    }
    return Promise.all(
      requests.map((request) => {
        const key = keyOf(request);
        return (generation.get(key) ?? fresh.get(key)) as Promise<R>;
      }),
    );
  }

  return {
    all,
    /** The value for one request (a batch of one). */
    async get(request: A): Promise<R> {
      const [value] = await all([request]);
      return value as R;
    },
  };
}
