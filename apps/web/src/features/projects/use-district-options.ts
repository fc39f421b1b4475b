import { useQuery } from "@tanstack/react-query";
import { t } from "../../app/locale/index.ts";
import { childrenQuery, rootsQuery } from "../org-units/org-units.api.ts";

export interface DistrictOption {
  value: string;
  label: string;
}

/**
 * Districts the account may filter by: every district for city-wide accounts (and, when asked, the city
 * itself for 市直 projects), its own district for a district account, none for a school.
 */
export function useDistrictOptions(options: { includeCity?: boolean } = {}): DistrictOption[] {
  const roots = useQuery(rootsQuery());
  const root = roots.data?.[0];
  const children = useQuery({ ...childrenQuery(root?.id ?? ""), enabled: root?.kind === "city" });
  if (!root) return [];
  if (root.kind === "district") return [{ value: root.id, label: root.name }];
  if (root.kind !== "city") return [];
  const districts = (children.data ?? [])
    .filter((unit) => unit.kind === "district")
    .map((unit) => ({ value: unit.id, label: unit.name }));
  return options.includeCity
    ? [{ value: root.id, label: t.projects.cityLevel(root.name) }, ...districts]
    : districts;
}
