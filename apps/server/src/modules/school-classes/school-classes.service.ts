import { CLASS_SIZE_BAND_LABELS } from "@edubureau/domain/class-size";
import {
  checkClassRow,
  checkPlaces,
  classBand,
  duplicateClassRows,
  GRADE_RANGES,
  gradeLabel,
  gradesOf,
  INSTITUTION_TYPE_LABELS,
  INSTITUTION_TYPES,
  summariseClasses,
  type ClassRowInput,
  type InstitutionType,
} from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems, type FieldProblem } from "../../http/problem.ts";
import { recordAudit, whoOf, type AuditEntry } from "../audit/audit.service.ts";
import type { OrgUnitsService } from "../org-units/org-units.service.ts";
import type { DataEntryService } from "../indicators/data-entry.service.ts";
import { parsePeriod } from "@edubureau/domain/indicators";
import * as q from "./school-classes.queries.ts";
import type { SchoolClassRow } from "./school-classes.tables.ts";
import { schoolClassPolicy } from "../../policies/registry.ts";

/** Kinds of institution that keep classes (see GRADE_RANGES). */
const CLASS_TYPES: InstitutionType[] = INSTITUTION_TYPES.filter((type) => GRADE_RANGES[type] !== null);
const INSTITUTION_LIST_LIMIT = 100;

function institutionView(facts: q.InstitutionFacts) {
  return { ...facts, typeLabel: INSTITUTION_TYPE_LABELS[facts.type], grades: gradesOf(facts.type) };
}

function classView(type: InstitutionType, row: SchoolClassRow) {
  const band = classBand(type, row.grade, row.students);
  return {
    ...row,
    gradeLabel: gradeLabel(row.grade),
    band,
    bandLabel: band === null ? null : CLASS_SIZE_BAND_LABELS[band],
  };
}

function snapshot(row: Pick<SchoolClassRow, "grade" | "name" | "students">) {
  return { grade: row.grade, name: row.name, students: row.students };
}

function refuseRow(type: InstitutionType, row: ClassRowInput): void {
  const found = checkClassRow(type, row);
  if (found.length > 0) throw problems.invalid(found.map((p) => p.message).join("；"), found);
}

function classKey(row: Pick<ClassRowInput, "grade" | "name">): string {
  return `${row.grade}\u0000${row.name}`;
}

export function createSchoolClassesService(
  ctx: AppContext,
  deps: { orgUnits: OrgUnitsService; dataEntry: DataEntryService },
) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function institutionInScope(actor: Actor, id: string, tx: Db = db): Promise<q.InstitutionFacts> {
    await deps.orgUnits.getInScope(actor, id, tx);
    const facts = await q.findInstitution(tx, id);
    if (!facts) throw problems.notFound("学校");
    return facts;
  }

  /** Class counts are reported data: once a school year is submitted or approved they are locked. */
  async function refuseLockedYear(tx: Db, facts: q.InstitutionFacts, schoolYear: string): Promise<void> {
    const period = parsePeriod(schoolYear);
    if (period) await deps.dataEntry.assertEditable(tx, { id: facts.id, name: facts.name }, period);
  }

  async function yearView(tx: Db, facts: q.InstitutionFacts, schoolYear: string) {
    const rows = await q.listClasses(tx, facts.id, schoolYear);
    return {
      institution: institutionView(facts),
      schoolYear,
      items: rows.map((row) => classView(facts.type, row)),
      summary: summariseClasses(facts.type, rows, facts.places),
    };
  }

  async function refuseTakenName(
    tx: Db,
    key: { institutionId: string; schoolYear: string; grade: number; name: string; exceptId?: string },
  ) {
    if (await q.nameTaken(tx, key)) {
      const message = `${gradeLabel(key.grade)}已有名为“${key.name}”的班级`;
      throw problems.conflict(message, [{ field: "name", message }]);
    }
  }

  async function refuseOverPlaces(
    tx: Db,
    facts: q.InstitutionFacts,
    key: { schoolYear: string; students: number; exceptId?: string },
  ) {
    const others = await q.studentsTotal(tx, {
      institutionId: facts.id,
      schoolYear: key.schoolYear,
      ...(key.exceptId ? { exceptId: key.exceptId } : {}),
    });
    const message = checkPlaces(others + key.students, facts.places);
    if (message) throw problems.field("students", message);
  }

  async function audit(tx: Db, actor: Actor, entry: AuditEntry) {
    await recordAudit(tx, whoOf(actor), entry, clock.now());
  }

  return {
    async institutions(actor: Actor, text?: string) {
      const rows = await q.listInstitutions(db, {
        scopePath: actor.scopePath,
        types: CLASS_TYPES,
        q: text,
        limit: INSTITUTION_LIST_LIMIT,
      });
      return rows.map(institutionView);
    },

    async years(actor: Actor, institutionId: string) {
      await institutionInScope(actor, institutionId);
      return q.yearsOf(db, institutionId);
    },

    async year(actor: Actor, institutionId: string, schoolYear: string) {
      return yearView(db, await institutionInScope(actor, institutionId), schoolYear);
    },

    async summary(actor: Actor, institutionId: string, schoolYear: string) {
      return (await yearView(db, await institutionInScope(actor, institutionId), schoolYear)).summary;
    },

    /** Per-institution summaries of one school year across the actor's scope (institutions with classes). */
    async scopeSummary(actor: Actor, options: { schoolYear: string; districtId?: string | undefined }) {
      const rows = await q.classesInScope(db, { ...options, scopePath: actor.scopePath });
      const byInstitution = new Map<string, { facts: q.InstitutionFacts; classes: ClassRowInput[] }>();
      for (const row of rows) {
        const { districtId, districtName, grade, students, ...facts } = row;
        const entry = byInstitution.get(row.id) ?? {
          facts: { ...facts, district: { id: districtId, name: districtName } },
          classes: [],
        };
        entry.classes.push({ grade, name: "", students });
        byInstitution.set(row.id, entry);
      }
      return {
        schoolYear: options.schoolYear,
        items: [...byInstitution.values()].map(({ facts, classes }) => ({
          institution: institutionView(facts),
          summary: summariseClasses(facts.type, classes, facts.places),
        })),
      };
    },

    async create(actor: Actor, input: ClassRowInput & { institutionId: string; schoolYear: string }) {
      schoolClassPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const facts = await institutionInScope(actor, input.institutionId, tx);
        await refuseLockedYear(tx, facts, input.schoolYear);
        const row = { grade: input.grade, name: input.name.trim(), students: input.students };
        refuseRow(facts.type, row);
        await refuseTakenName(tx, { institutionId: facts.id, schoolYear: input.schoolYear, ...row });
        await refuseOverPlaces(tx, facts, { schoolYear: input.schoolYear, students: row.students });
        const [created] = await q.insertClasses(
          tx,
          [{ institutionId: facts.id, schoolYear: input.schoolYear, ...row }],
          now,
        );
        if (!created) throw new Error("insert returned no row");
        await audit(tx, actor, {
          event: "SCHOOL_CLASS_CREATED",
          entityId: created.id,
          after: { institutionId: facts.id, schoolYear: input.schoolYear, ...snapshot(created) },
        });
        return classView(facts.type, created);
      });
    },

    async update(actor: Actor, id: string, input: Partial<ClassRowInput>) {
      schoolClassPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await q.findClassInScope(tx, id, actor.scopePath);
        if (!before) throw problems.notFound("班级");
        const facts = await institutionInScope(actor, before.institutionId, tx);
        await refuseLockedYear(tx, facts, before.schoolYear);
        const row = {
          grade: input.grade ?? before.grade,
          name: (input.name ?? before.name).trim(),
          students: input.students ?? before.students,
        };
        refuseRow(facts.type, row);
        await refuseTakenName(tx, {
          institutionId: facts.id,
          schoolYear: before.schoolYear,
          ...row,
          exceptId: id,
        });
        await refuseOverPlaces(tx, facts, {
          schoolYear: before.schoolYear,
          students: row.students,
          exceptId: id,
        });
        const after = await q.updateClass(tx, id, { ...row, at: now });
        await audit(tx, actor, {
          event: "SCHOOL_CLASS_UPDATED",
          entityId: id,
          before: { institutionId: facts.id, schoolYear: before.schoolYear, ...snapshot(before) },
          after: { institutionId: facts.id, schoolYear: before.schoolYear, ...snapshot(after) },
        });
        return classView(facts.type, after);
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      schoolClassPolicy.authorize(actor, "write");
      await db.transaction(async (tx) => {
        const before = await q.findClassInScope(tx, id, actor.scopePath);
        if (!before) throw problems.notFound("班级");
        await refuseLockedYear(
          tx,
          await institutionInScope(actor, before.institutionId, tx),
          before.schoolYear,
        );
        await q.deleteClass(tx, id);
        await audit(tx, actor, {
          event: "SCHOOL_CLASS_DELETED",
          entityId: id,
          before: { institutionId: before.institutionId, schoolYear: before.schoolYear, ...snapshot(before) },
        });
      });
    },

    /**
     * Replaces all classes of one institution in one school year: every row is checked first and nothing
     * is saved if any row fails, with each problem naming its row (1-based). Classes matched by grade and
     * name keep their id; the rest are added or removed.
     */
    async replaceYear(actor: Actor, institutionId: string, schoolYear: string, input: ClassRowInput[]) {
      schoolClassPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const facts = await institutionInScope(actor, institutionId, tx);
        await refuseLockedYear(tx, facts, schoolYear);
        const rows = input.map((row) => ({ ...row, name: row.name.trim() }));
        const errors: FieldProblem[] = rows.flatMap((row, index) =>
          checkClassRow(facts.type, row).map((problem) => ({ row: index + 1, ...problem })),
        );
        for (const index of duplicateClassRows(rows)) {
          const first = rows.findIndex((row) => classKey(row) === classKey(rows[index] ?? row));
          errors.push({
            row: index + 1,
            field: "name",
            message: `与第 ${first + 1} 行重复：同一年级的班级名称不能相同`,
          });
        }
        const placesMessage = checkPlaces(
          rows.reduce((sum, row) => sum + (Number.isInteger(row.students) ? row.students : 0), 0),
          facts.places,
        );
        if (placesMessage) errors.push({ field: "classes", message: placesMessage });
        if (errors.length > 0) throw problems.invalid(`共 ${errors.length} 处错误，未保存任何班级`, errors);

        const before = await q.listClasses(tx, facts.id, schoolYear);
        const existing = new Map(before.map((row) => [classKey(row), row]));
        const kept = new Set<string>();
        const added: ClassRowInput[] = [];
        for (const row of rows) {
          const match = existing.get(classKey(row));
          if (!match) {
            added.push(row);
            continue;
          }
          kept.add(match.id);
          if (match.students !== row.students)
            await q.updateClass(tx, match.id, { students: row.students, at: now });
        }
        for (const row of before) if (!kept.has(row.id)) await q.deleteClass(tx, row.id);
        await q.insertClasses(
          tx,
          added.map((row) => ({ institutionId: facts.id, schoolYear, ...row })),
          now,
        );
        const result = await yearView(tx, facts, schoolYear);
        await audit(tx, actor, {
          event: "SCHOOL_CLASSES_YEAR_REPLACED",
          entityId: facts.id,
          before: { schoolYear, classes: before.map(snapshot) },
          after: { schoolYear, classes: result.items.map(snapshot) },
        });
        return result;
      });
    },
  };
}

export type SchoolClassesService = ReturnType<typeof createSchoolClassesService>;
