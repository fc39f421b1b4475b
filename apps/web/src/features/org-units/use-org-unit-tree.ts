import { ancestorIds } from "@edubureau/domain";
import { useQueries, useQuery, useQueryClient, type UseQueryResult } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { childrenQuery, rootsQuery } from "./org-units.api.ts";
import type { OrgUnit } from "./org-units.api.ts";

function combineChildren(results: UseQueryResult<OrgUnit[]>[]): (OrgUnit[] | undefined)[] {
  return results.map((result) => result.data);
}

/**
 * A lazily loaded org-unit tree. Children live in the query cache, one query per opened unit,
 * so invalidating "org-units" after a write refreshes every open branch.
 */
export function useOrgUnitTree() {
  const queryClient = useQueryClient();
  const roots = useQuery(rootsQuery());
  const [opened, setOpened] = useState<string[]>([]);
  const childLists = useQueries({ queries: opened.map((id) => childrenQuery(id)), combine: combineChildren });

  const childrenById = useMemo(() => {
    const map = new Map<string, OrgUnit[]>();
    opened.forEach((id, index) => {
      const list = childLists[index];
      if (list !== undefined) map.set(id, list);
    });
    return map;
  }, [opened, childLists]);

  /** For the Tree's loadData: resolves once the children are in the cache. */
  const load = useCallback(
    async (id: string) => {
      await queryClient.ensureQueryData(childrenQuery(id));
      setOpened((prev) => (prev.includes(id) ? prev : [...prev, id]));
    },
    [queryClient],
  );

  /** Opens every ancestor of a unit inside the user's scope; returns the ids to expand. */
  const reveal = useCallback(
    (unit: Pick<OrgUnit, "id" | "path">): string[] => {
      const rootIds = new Set((roots.data ?? []).map((root) => root.id));
      const ancestors = ancestorIds(unit.path).filter((id) => id !== unit.id);
      const top = ancestors.findIndex((id) => rootIds.has(id));
      const toOpen = top === -1 ? [] : ancestors.slice(top);
      setOpened((prev) => [...new Set([...prev, ...toOpen])]);
      return toOpen;
    },
    [roots.data],
  );

  const loadedKeys = useMemo(() => [...childrenById.keys()], [childrenById]);
  return { roots, childrenById, loadedKeys, load, reveal };
}
