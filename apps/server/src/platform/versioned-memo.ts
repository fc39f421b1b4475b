import type { Db } from "../db/database.ts";
import { dataVersion } from "./data-version.ts";

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
) {
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
    const missing = new Map<string, A>();
    for (const request of requests) {
      const key = keyOf(request);
      if (!generation.has(key)) missing.set(key, request);
    }
    if (missing.size > 0) {
      const batch = computeMany([...missing.values()]);
      [...missing.keys()].forEach((key, i) => {
        const value = batch.then((results) => results[i] as R);
        generation.set(key, value);
        value.catch(() => {
          if (generation.get(key) === value) generation.delete(key);
        });
      });
    }
    return Promise.all(requests.map((request) => generation.get(keyOf(request)) as Promise<R>));
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
