import type { Db } from "../db/database.ts";
import { dataVersion } from "./data-version.ts";

/**
 * Memoises an expensive read while the data version stands (see data-version.ts): the first request after
 * a committed write pays the computation, every later one reuses it until the next write, on any instance
 * (the version lives in the database). Values are kept per key; a failed computation is not kept.
 * Only for reads through the app's own connection, never inside a transaction that has written.
 */
export function versionedMemo<A extends readonly unknown[], R>(
  db: Db,
  keyOf: (...args: A) => string,
  compute: (...args: A) => Promise<R>,
) {
  let version: string | null = null;
  let values = new Map<string, Promise<R>>();

  function read(args: A): Promise<R> {
    const key = keyOf(...args);
    const known = values.get(key);
    if (known) return known;
    const value = compute(...args);
    values.set(key, value);
    const generation = values;
    value.catch(() => {
      if (generation.get(key) === value) generation.delete(key);
    });
    return value;
  }

  return {
    /** Every value for these argument lists, computed concurrently; the data version is read once. */
    async all(requests: readonly A[]): Promise<R[]> {
      const current = await dataVersion(db);
      if (current !== version) {
        version = current;
        values = new Map();
      }
      return Promise.all(requests.map(read));
    },
  };
}
