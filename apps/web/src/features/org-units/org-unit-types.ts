import type { OrgUnitKind } from "@edubureau/domain";

export interface OrgUnit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: OrgUnitKind;
  kindLabel: string;
  /** Materialised path "/<rootId>/…/<ownId>/" (see @edubureau/domain org-unit-path). */
  path: string;
  childCount: number;
  createdAt: string;
}

/** Search results and GET /api/org-units/:id also carry the names of the ancestors, top first. */
export interface OrgUnitWithPath extends OrgUnit {
  pathNames: string[];
}

export interface CreateOrgUnitInput {
  parentId: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
}

export interface UpdateOrgUnitInput {
  name?: string;
  code?: string;
}
