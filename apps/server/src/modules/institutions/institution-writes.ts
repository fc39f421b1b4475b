import { childPath } from "@edubureau/domain";
import type { InstitutionRowValue } from "@edubureau/domain/registry";
import type { Db } from "../../db/database.ts";
import { recordAudits, type AuditEntry, type AuditWho } from "../audit/audit.service.ts";
import { insertUnits, newUnit, type NewOrgUnit } from "../org-units/org-units.service.ts";
import * as q from "./institutions.queries.ts";

/** Audit entity name of registry rows; the org unit's own renames stay under "org_unit". */
export const INSTITUTION_ENTITY = "institution";

/** Audit events by how the institution changed: by hand or by an import (then the row says which). */
const INSTITUTION_EVENTS = {
  create: "INSTITUTION_CREATED",
  update: "INSTITUTION_UPDATED",
  import_create: "INSTITUTION_IMPORT_CREATED",
  import_update: "INSTITUTION_IMPORT_UPDATED",
} as const;

/** A district or street as a parent of an institution's org unit. */
export type AreaUnit = Pick<q.AreaRow, "id" | "code" | "name" | "path" | "depth">;

export interface Placement {
  district: AreaUnit;
  street: AreaUnit | null;
}

/** What the audit log keeps of an institution: every field, with district and street also by name. */
export type InstitutionSnapshot = InstitutionRowValue & {
  district: string;
  street: string | null;
};

export function snapshotOf(input: InstitutionRowValue, placement: Placement): InstitutionSnapshot {
  return { ...input, district: placement.district.name, street: placement.street?.name ?? null };
}

/** A stored institution in the shape the rules and the form use. */
export function storedValue(
  unit: { code: string; name: string },
  row: q.InstitutionValues,
): InstitutionRowValue {
  return {
    code: unit.code,
    name: unit.name,
    type: row.type,
    ownership: row.ownership,
    inclusive: row.inclusive,
    educationGroup: row.educationGroup,
    groupLead: row.groupLead,
    districtId: row.districtId,
    streetId: row.streetId,
    address: row.address,
    longitude: row.longitude,
    latitude: row.latitude,
    status: row.status,
    places: row.places,
  };
}

/** The snapshot of a stored institution, its area names looked up by id. */
export function storedSnapshot(
  unit: { code: string; name: string },
  row: q.InstitutionValues,
  areaName: (id: string) => string,
): InstitutionSnapshot {
  return {
    ...storedValue(unit, row),
    district: areaName(row.districtId),
    street: row.streetId === null ? null : areaName(row.streetId),
  };
}

function sameSnapshot(a: InstitutionSnapshot, b: InstitutionSnapshot): boolean {
  return (Object.keys(a) as (keyof InstitutionSnapshot)[]).every((key) => a[key] === b[key]);
}

function registryValues(id: string, input: InstitutionRowValue): q.InstitutionValues {
  return {
    orgUnitId: id,
    type: input.type,
    ownership: input.ownership,
    inclusive: input.inclusive,
    educationGroup: input.educationGroup,
    groupLead: input.groupLead,
    districtId: input.districtId,
    streetId: input.streetId,
    address: input.address,
    longitude: input.longitude,
    latitude: input.latitude,
    status: input.status,
    places: input.places,
  };
}

export interface ExistingInstitution {
  unit: { id: string; code: string; name: string; parentId: string | null };
  /** Null when the org unit exists but was never registered (e.g. created from the org-unit tree). */
  before: InstitutionSnapshot | null;
}

export type WriteOutcome = "created" | "updated" | "unchanged";

/**
 * Creates or updates institutions — each one's org unit under its street (else its district), its
 * registry row and one audit row — in the caller's transaction. `write` only decides and queues (ids are
 * made in memory); `flush` stores the queue set-based: one statement per kind of change per few thousand
 * rows (new org units, moved or renamed units, new and changed registry rows, audit rows), whatever the
 * number of institutions. Call `flush` before the transaction ends. A long import may `flushRows` as it goes:
 * the audit rows wait for the final `flush`, since the first one takes the audit chain's lock until commit.
 * Checks are the caller's.
 */
export function createInstitutionWriter(tx: Db, options: { who: AuditWho; at: Date }) {
  const { who, at } = options;
  const newUnits: NewOrgUnit[] = [];
  const unitChanges: q.InstitutionUnitChange[] = [];
  const inserts: q.InstitutionValues[] = [];
  const updates: q.InstitutionValues[] = [];
  const audits: AuditEntry[] = [];

  /** The org units and registry rows queued so far; their audit rows stay queued. */
  async function flushRows(): Promise<void> {
    // Units before the registry rows that reference them.
    await insertUnits(tx, newUnits.splice(0), at);
    await q.updateInstitutionUnits(tx, unitChanges.splice(0), at);
    await q.insertInstitutions(tx, inserts.splice(0), at);
    await q.updateInstitutions(tx, updates.splice(0), at);
  }

  async function flush(): Promise<void> {
    await flushRows();
    await recordAudits(tx, who, audits.splice(0), at);
  }

  function write(item: {
    input: InstitutionRowValue;
    placement: Placement;
    existing: ExistingInstitution | null;
    /** Extra audit fields, e.g. which import and row made the change. */
    source?: Record<string, unknown>;
  }): { id: string; outcome: WriteOutcome } {
    const { input, placement, existing, source } = item;
    const parent = placement.street ?? placement.district;
    const after = { ...snapshotOf(input, placement), ...source };
    const prefix = source ? "import_" : "";
    if (!existing) {
      const unit = newUnit(parent, { code: input.code, name: input.name, kind: "institution" });
      newUnits.push(unit);
      inserts.push(registryValues(unit.id, input));
      audits.push({ event: INSTITUTION_EVENTS[`${prefix}create`], entityId: unit.id, after });
      return { id: unit.id, outcome: "created" };
    }
    const { unit, before } = existing;
    if (before && sameSnapshot(before, snapshotOf(input, placement)))
      return { id: unit.id, outcome: "unchanged" };
    if (unit.code !== input.code || unit.name !== input.name || unit.parentId !== parent.id) {
      unitChanges.push({
        id: unit.id,
        code: input.code,
        name: input.name,
        parentId: parent.id,
        path: childPath(parent.path, unit.id),
        depth: parent.depth + 1,
      });
    }
    (before ? updates : inserts).push(registryValues(unit.id, input));
    audits.push({
      event: INSTITUTION_EVENTS[`${prefix}${before ? "update" : "create"}`],
      entityId: unit.id,
      // A unit registered for the first time keeps a note of what it was called before.
      before: before ?? { code: unit.code, name: unit.name },
      after,
    });
    return { id: unit.id, outcome: before ? "updated" : "created" };
  }

  return { write, flushRows, flush };
}
