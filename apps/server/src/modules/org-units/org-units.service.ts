import { randomUUID } from "node:crypto";
import {
  ancestorIds,
  canContain,
  childPath,
  rootPath,
  isDistrictCode,
  ORG_UNIT_KIND_LABELS,
  type OrgUnitKind,
} from "@edubureau/domain";
import type { DataContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import * as q from "./org-units.queries.ts";
import { versionedMemo } from "../../platform/versioned-memo.ts";
import type { OrgUnitRow } from "./org-units.tables.ts";
import { orgUnitPolicy } from "../../policies/registry.ts";

export interface OrgUnitView extends q.OrgUnitWithCount {
  kindLabel: string;
}

/** Search results and a unit opened by id carry the names of the ancestors, top first. */
export interface OrgUnitWithPathView extends OrgUnitView {
  pathNames: string[];
}

const SEARCH_LIMIT = 50;
/** School choices in one answer: a longer list is narrowed by district or by typing. */
const SCHOOL_OPTION_LIMIT = 100;

function view(row: q.OrgUnitWithCount): OrgUnitView {
  return { ...row, kindLabel: ORG_UNIT_KIND_LABELS[row.kind] };
}

function snapshot(row: OrgUnitRow) {
  return { code: row.code, name: row.name, kind: row.kind, parentId: row.parentId };
}

/** Codes must be unique; districts carry their GB/T 2260 code. */
function checkCode(kind: OrgUnitKind, code: string): void {
  if (kind === "district" && !isDistrictCode(code)) {
    throw problems.field("code", "区县(市)代码须为 6 位 GB/T 2260 行政区划代码，且末两位不为 00");
  }
}

export type { NewOrgUnit } from "./org-units.queries.ts";

type ParentUnit = Pick<OrgUnitRow, "id" | "path" | "depth">;

/** A new unit below `parent` (or a root) with its id and path, not yet stored. */
export function newUnit(
  parent: ParentUnit | null,
  input: { code: string; name: string; kind: OrgUnitKind },
): q.NewOrgUnit {
  const id = randomUUID();
  return {
    id,
    parentId: parent?.id ?? null,
    code: input.code,
    name: input.name,
    kind: input.kind,
    path: parent ? childPath(parent.path, id) : rootPath(id),
    depth: parent ? parent.depth + 1 : 0,
  };
}

/** Inserts a unit below `parent` (or as a root), computing its path; used by the service and by seeding. */
export async function insertUnit(
  tx: Db,
  parent: ParentUnit | null,
  input: { code: string; name: string; kind: OrgUnitKind },
  at: Date,
): Promise<OrgUnitRow> {
  return q.insertOrgUnit(tx, { ...newUnit(parent, input), at });
}

/** Stores many units made by `newUnit` with one statement per few thousand (imports). */
export async function insertUnits(tx: Db, units: readonly q.NewOrgUnit[], at: Date): Promise<void> {
  await q.insertOrgUnits(tx, units, at);
}

export function createOrgUnitsService(ctx: DataContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  /** The unit if it lies inside the actor's scope; otherwise "not found", so ids of other districts reveal nothing. */
  async function getInScope(actor: Actor, id: string, tx: Db = db): Promise<q.OrgUnitWithCount> {
    const row = await q.findInScope(tx, id, actor.scopePath);
    if (!row) throw problems.notFound("机构");
    return row;
  }

  /**
   * Each row with the names of its ancestors inside the actor's scope, from one batched lookup for all
   * rows together.
   */
  async function withPathNames(
    rows: q.OrgUnitWithCount[],
    scopePath: string,
  ): Promise<OrgUnitWithPathView[]> {
    const scopeDepth = ancestorIds(scopePath).length;
    const ancestorsOf = rows.map((row) => ancestorIds(row.path).slice(scopeDepth - 1, -1));
    const names = await q.namesByIds(db, [...new Set(ancestorsOf.flat())]);
    return rows.map((row, i) => ({
      ...view(row),
      pathNames: (ancestorsOf[i] ?? []).map((id) => names.get(id) ?? ""),
    }));
  }

  /** Search hits per scope and text while the data stands: the unit pickers ask on every keystroke. */
  const searches = versionedMemo(
    db,
    (request: { scopePath: string; text: string }) => `${request.scopePath}\u0000${request.text}`,
    (requests) => Promise.all(requests.map((r) => q.search(db, r.scopePath, r.text, SEARCH_LIMIT))),
  );

  return {
    getInScope,

    /** The city units (normally one), shallowest first: where self-registered 公众 accounts sit. */
    async cityUnits(tx: Db = db): Promise<OrgUnitView[]> {
      return (await q.findByKind(tx, "city")).map(view);
    },

    async roots(actor: Actor): Promise<OrgUnitView[]> {
      return (await q.findByPath(db, actor.scopePath)).map(view);
    },

    async get(actor: Actor, id: string): Promise<OrgUnitWithPathView> {
      const [one] = await withPathNames([await getInScope(actor, id)], actor.scopePath);
      if (!one) throw problems.notFound("机构");
      return one;
    },

    async children(actor: Actor, id: string): Promise<OrgUnitView[]> {
      await getInScope(actor, id);
      return (await q.listChildren(db, id)).map(view);
    },

    /** The district and school choices of the account's list filters (its own scope only). */
    async scopeFilters(actor: Actor, options: { districtId?: string | undefined; q?: string | undefined }) {
      return q.scopeFilterOptions(db, actor.scopePath, {
        ...(options.districtId ? { districtId: options.districtId } : {}),
        text: options.q,
        limit: SCHOOL_OPTION_LIMIT,
      });
    },

    async search(actor: Actor, text: string): Promise<OrgUnitWithPathView[]> {
      const rows = await searches.get({ scopePath: actor.scopePath, text });
      return rows.map((row) => ({ ...view(row), pathNames: row.pathNames }));
    },

    async create(actor: Actor, input: { parentId: string; code: string; name: string; kind: OrgUnitKind }) {
      orgUnitPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const parent = await getInScope(actor, input.parentId, tx);
        if (!canContain(parent.kind, input.kind)) {
          throw problems.field(
            "kind",
            `${ORG_UNIT_KIND_LABELS[parent.kind]}下不能设立${ORG_UNIT_KIND_LABELS[input.kind]}`,
          );
        }
        checkCode(input.kind, input.code);
        if (await q.findByCode(tx, input.code)) throw problems.field("code", `代码 ${input.code} 已被使用`);
        const row = await insertUnit(tx, parent, input, now);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "ORG_UNIT_CREATED", entityId: row.id, after: snapshot(row) },
          now,
        );
        return view({ ...row, childCount: 0 });
      });
    },

    async update(actor: Actor, id: string, input: { name?: string | undefined; code?: string | undefined }) {
      orgUnitPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getInScope(actor, id, tx);
        // A district may run its own subtree but not rename itself; only an administrator edits the top of a scope.
        if (before.path === actor.scopePath && actor.role !== "sys_admin")
          throw problems.forbidden("不能修改本单位自身的信息。");
        if (input.code !== undefined && input.code !== before.code) {
          checkCode(before.kind, input.code);
          if (await q.findByCode(tx, input.code)) throw problems.field("code", `代码 ${input.code} 已被使用`);
        }
        const after = await q.updateOrgUnit(tx, id, { ...input, at: now });
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "ORG_UNIT_UPDATED",
            entityId: id,
            before: snapshot(before),
            after: snapshot(after),
          },
          now,
        );
        return view({ ...after, childCount: before.childCount });
      });
    },
  };
}

export type OrgUnitsService = ReturnType<typeof createOrgUnitsService>;
