import {
  checkInstitutionFacts,
  checkPlaces,
  institutionSheetRow,
  type InstitutionRowValue,
} from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { entityHistory, whoOf } from "../audit/audit.service.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import { createInstitutionImporter } from "./institution-import.service.ts";
import { institutionWorkbook } from "./institution-workbook.ts";
import {
  INSTITUTION_ENTITY,
  storedSnapshot,
  storedValue,
  createInstitutionWriter,
  type AreaUnit,
  type Placement,
} from "./institution-writes.ts";
import * as q from "./institutions.queries.ts";
import { versionedMemo } from "../../platform/versioned-memo.ts";
import { institutionPolicy } from "../../policies/registry.ts";

export type InstitutionInput = InstitutionRowValue;
export type InstitutionPatch = Partial<InstitutionInput>;

const HISTORY_LIMIT = 200;

type ListOptions = Parameters<typeof q.listInScope>[1];

/** "" from a form means "none". */
function blankToNull(text: string | null): string | null {
  return text === null || text.trim() === "" ? null : text.trim();
}

function normalise(input: InstitutionInput): InstitutionInput {
  return {
    ...input,
    educationGroup: blankToNull(input.educationGroup),
    address: blankToNull(input.address),
  };
}

function checkFacts(input: InstitutionInput): void {
  const found = checkInstitutionFacts(input);
  if (found.length > 0) {
    throw problems.invalid(
      found.map((p) => p.message).join("；"),
      found.map((p) => ({ field: p.field, message: p.message })),
    );
  }
}

export function createInstitutionsService(
  ctx: AppContext,
  deps: { orgUnits: OrgUnitsService; neighbours: q.RegistryNeighbours },
) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const importer = createInstitutionImporter(ctx, deps.neighbours);

  async function getView(actor: Actor, id: string, tx: Db = db) {
    const row = await q.findInScope(tx, id, actor.scopePath);
    if (!row) throw problems.notFound("学校/机构");
    return { ...row, street: row.street?.id ? row.street : null };
  }

  /** The unit if it is in scope and of the expected kind; otherwise a field problem (never a 404 leak). */
  async function areaInScope(actor: Actor, id: string, kind: "district" | "street", tx: Db) {
    try {
      const unit = await deps.orgUnits.getInScope(actor, id, tx);
      if (unit.kind === kind) return unit;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "not_found") throw error;
    }
    return null;
  }

  async function placementFor(actor: Actor, input: InstitutionInput, tx: Db): Promise<Placement> {
    const district = await areaInScope(actor, input.districtId, "district", tx);
    if (!district) throw problems.field("districtId", "区县不存在或不在您的管理范围内");
    let street: AreaUnit | null = null;
    if (input.streetId) {
      const found = await areaInScope(actor, input.streetId, "street", tx);
      if (!found || found.parentId !== district.id) {
        throw problems.field("streetId", `所选街道不属于${district.name}`);
      }
      street = found;
    }
    return { district, street };
  }

  async function checkCodeFree(code: string, ownId: string | null, actor: Actor, tx: Db) {
    const unit = (await q.unitsByCodes(tx, [code])).get(code);
    if (!unit || unit.id === ownId) return unit ?? null;
    // An institution unit in scope that was never registered (e.g. made in the org-unit tree) is adopted.
    if (!ownId && unit.kind === "institution" && !unit.registered && unit.path.startsWith(actor.scopePath)) {
      return unit;
    }
    throw problems.field("code", `学校标识码 ${code} 已被使用`);
  }

  async function checkEnrolment(id: string, places: number, tx: Db): Promise<void> {
    const current = (await q.latestEnrolment(tx, deps.neighbours, [id])).get(id);
    const message = current ? checkPlaces(current.students, places) : null;
    if (current && message) throw problems.field("places", `${message}（${current.schoolYear} 学年）`);
  }

  async function get(actor: Actor, id: string) {
    institutionPolicy.authorize(actor, "read");
    const view = await getView(actor, id);
    const [designationCount, enrolment] = await Promise.all([
      q.designationCount(db, deps.neighbours, id),
      q.latestEnrolment(db, deps.neighbours, [id]),
    ]);
    return { ...view, designationCount, enrolment: enrolment.get(id) ?? null };
  }

  /**
   * Pages of 机构名录 while the data stands: every signed-in page opens the list, and the whole city's
   * page sorts thousands of rows. Kept per scope, filter, order and page until the next write.
   */
  const pages = versionedMemo(
    db,
    (options: ListOptions) => JSON.stringify(options),
    (requests) =>
      Promise.all(
        requests.map(async (options) => {
          const result = await q.listInScope(db, options);
          // A row without a street joins to a null street record; the list shows no street.
          const items = result.items.map((row) => ({ ...row, street: row.street?.id ? row.street : null }));
          return { ...result, items };
        }),
      ),
  );

  return {
    get,
    imports: importer,

    async list(
      actor: Actor,
      options: q.InstitutionFilters & q.InstitutionSort & { page: number; pageSize: number },
    ) {
      institutionPolicy.authorize(actor, "read");
      const { page, pageSize, sort, order, ...filters } = options;
      return pages.get({ scopePath: actor.scopePath, filters, page, pageSize, sort, order });
    },

    async map(actor: Actor, filters: q.InstitutionFilters) {
      institutionPolicy.authorize(actor, "read");
      return q.pointsInScope(db, actor.scopePath, filters);
    },

    async areas(actor: Actor) {
      institutionPolicy.authorize(actor, "read");
      const rows = await q.areasInScope(db, actor.scopePath);
      const ref = (r: q.AreaRow) => ({ id: r.id, code: r.code, name: r.name });
      return {
        districts: rows
          .filter((r) => r.kind === "district")
          .map((d) => ({ ...ref(d), streets: rows.filter((s) => s.parentId === d.id).map(ref) })),
      };
    },

    async create(actor: Actor, raw: InstitutionInput) {
      institutionPolicy.authorize(actor, "write");
      const input = normalise(raw);
      checkFacts(input);
      const at = clock.now();
      const id = await db.transaction(async (tx) => {
        const placement = await placementFor(actor, input, tx);
        const unit = await checkCodeFree(input.code, null, actor, tx);
        if (unit) await checkEnrolment(unit.id, input.places, tx);
        const writer = createInstitutionWriter(tx, { who: whoOf(actor), at });
        const written = writer.write({
          input,
          placement,
          existing: unit ? { unit, before: null } : null,
        });
        await writer.flush();
        return written.id;
      });
      return get(actor, id);
    },

    async update(actor: Actor, id: string, patch: InstitutionPatch) {
      institutionPolicy.authorize(actor, "write");
      const at = clock.now();
      await db.transaction(async (tx) => {
        const current = await getView(actor, id, tx);
        const stored = (await q.registryRows(tx, [id])).get(id);
        if (!stored) throw problems.notFound("学校/机构");
        const merged = normalise({ ...storedValue(current, stored), ...definedOnly(patch) });
        // Moving to another district leaves the old street behind unless a new one is given.
        if (patch.districtId && patch.districtId !== stored.districtId && patch.streetId === undefined) {
          merged.streetId = null;
        }
        checkFacts(merged);
        const placement = await placementFor(actor, merged, tx);
        if (merged.code !== current.code) await checkCodeFree(merged.code, id, actor, tx);
        if (merged.places !== stored.places) await checkEnrolment(id, merged.places, tx);
        const names = new Map([
          [current.district.id, current.district.name],
          ...(current.street ? ([[current.street.id, current.street.name]] as const) : []),
        ]);
        const writer = createInstitutionWriter(tx, { who: whoOf(actor), at });
        writer.write({
          input: merged,
          placement,
          existing: {
            unit: {
              id,
              code: current.code,
              name: current.name,
              parentId: (current.street ?? current.district).id,
            },
            before: storedSnapshot(current, stored, (areaId) => names.get(areaId) ?? ""),
          },
        });
        await writer.flush();
      });
      return get(actor, id);
    },

    async history(actor: Actor, id: string) {
      institutionPolicy.authorize(actor, "read");
      await getView(actor, id);
      const rows = await entityHistory(db, {
        entities: [INSTITUTION_ENTITY, "org_unit"],
        entityId: id,
        limit: HISTORY_LIMIT,
      });
      return { items: rows.map(({ ip: _ip, actorId: _actorId, entityId: _entityId, ...row }) => row) };
    },

    async template(actor: Actor): Promise<Buffer> {
      institutionPolicy.authorize(actor, "read");
      return institutionWorkbook();
    },

    async exportFile(actor: Actor, filters: q.InstitutionFilters): Promise<Buffer> {
      institutionPolicy.authorize(actor, "read");
      const rows = await q.allInScope(db, actor.scopePath, filters);
      return institutionWorkbook(
        rows.map((row) =>
          institutionSheetRow({
            ...row,
            districtName: row.district.name,
            streetName: row.street?.name ?? null,
          }),
        ),
      );
    },
  };
}

function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export type InstitutionsService = ReturnType<typeof createInstitutionsService>;
