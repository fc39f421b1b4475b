import type {
  InstitutionType,
  Ownership,
  ProjectKind,
  SchoolLevel,
  TestResult,
} from "@edubureau/domain/registry";
import { addDays, minDate } from "./dates.ts";
import type { InstitutionFactory } from "./institutions.ts";
import type { ConstructionProject, District, Institution, ScaleName } from "./model.ts";
import { planProjects } from "./plan-projects.ts";
import { deterministicId, Prng } from "./prng.ts";
import {
  BATCHES,
  INVESTMENT,
  NEW_SCHOOL_WEIGHTS,
  OUTCOMES,
  PLACES,
  type Batch,
  type Outcome,
} from "./project-batches.ts";

/**
 * 新建/改建/扩建 projects (project-batches.ts): 新建 ones that are finished open a new school, expansions and
 * rebuilds pick an existing one (crowded schools first), unfinished 新建 ones carry a planned name (暂名).
 */
const LEVEL_TYPES: Record<SchoolLevel, readonly InstitutionType[]> = {
  preschool: ["kindergarten"],
  compulsory: ["primary", "junior", "nine_year", "complete_secondary"],
  senior: ["senior", "complete_secondary"],
  special: ["special"],
};

function newSchoolType(
  rng: Prng,
  level: SchoolLevel,
): "kindergarten" | "primary" | "junior" | "nine_year" | "senior" | "special" {
  switch (level) {
    case "preschool":
      return "kindergarten";
    case "compulsory":
      return rng.weighted({ primary: 6, junior: 2.5, nine_year: 1.5 });
    case "senior":
      return "senior";
    case "special":
      return "special";
  }
}

const KIND_SUFFIX: Record<ProjectKind, string> = { new: "新建工程", expand: "扩建工程", rebuild: "改建工程" };

export interface ProjectsResult {
  projects: ConstructionProject[];
  /** Schools the finished 新建 projects opened (autumn 2018 or 2019). */
  opened: Institution[];
}

interface Context {
  seed: number;
  scale: ScaleName;
  asOf: string;
  rng: Prng;
  factory: InstitutionFactory;
  districts: readonly District[];
  existing: readonly Institution[];
  used: Set<string>;
}

export function generateProjects(options: Omit<Context, "rng" | "used">): ProjectsResult {
  const ctx: Context = { ...options, rng: new Prng(options.seed, "projects"), used: new Set() };
  const projects: ConstructionProject[] = [];
  const opened: Institution[] = [];
  for (const batch of BATCHES) {
    let n = 0;
    for (const outcome of OUTCOMES) {
      const count = batch.outcomes[outcome]?.[ctx.scale] ?? 0;
      for (let i = 0; i < count; i++) {
        const made = makeProject(ctx, batch, outcome, `${batch.key}-${++n}`);
        projects.push(made.project);
        if (made.opened) opened.push(made.opened);
      }
    }
  }
  const specialSchools = ctx.existing.filter((s) => s.type === "special" && !ctx.used.has(s.id));
  projects.push(...planProjects({ seed: ctx.seed, districts: ctx.districts, specialSchools }));
  return { projects, opened };
}

function pickDistrict(ctx: Context): District {
  const weights = Object.fromEntries(ctx.districts.map((d) => [d.code, NEW_SCHOOL_WEIGHTS[d.code] ?? 1]));
  const code = ctx.rng.weighted(weights);
  const district = ctx.districts.find((d) => d.code === code);
  if (!district) throw new Error(`未知区县 ${code}`);
  return district;
}

/** An existing public school of the level for an expansion, crowded ones first; null when none is left. */
function pickExisting(ctx: Context, level: SchoolLevel, ownership: Ownership): Institution | null {
  const types = LEVEL_TYPES[level];
  const candidates = ctx.existing.filter(
    (s) =>
      types.includes(s.type) && s.ownership === ownership && s.status === "operating" && !ctx.used.has(s.id),
  );
  if (candidates.length === 0) return null;
  const crowded = candidates.filter((s) => s.crowded);
  const chosen = ctx.rng.pick(crowded.length > 0 && ctx.rng.chance(0.6) ? crowded : candidates);
  ctx.used.add(chosen.id);
  return chosen;
}

function timeline(ctx: Context, batch: Batch, outcome: Outcome) {
  const { rng } = ctx;
  const months =
    batch.kind === "new" ? rng.int(12, 24) : batch.kind === "expand" ? rng.int(6, 12) : rng.int(3, 8);
  const finished = !(outcome === "under_construction" || outcome === "planned");
  // Finished ones completed between late spring and the data date; schools open on 1 September.
  const finish =
    batch.year === 2019
      ? finished
        ? addDays("2019-05-15", rng.int(0, batch.kind === "new" ? 100 : 180))
        : addDays("2019-12-01", rng.int(0, 30))
      : batch.year === 2018
        ? addDays("2018-06-01", rng.int(0, 80))
        : addDays("2020-06-01", rng.int(0, 80));
  const plannedStart = addDays(finish, -months * 30 + rng.int(-20, 20));
  const plannedFinish = finished ? addDays(finish, rng.int(-30, 45)) : finish;
  const started = outcome !== "planned";
  const actualStart = started ? minDate(addDays(plannedStart, rng.int(-10, 40)), ctx.asOf) : null;
  return {
    plannedStart,
    plannedFinish,
    actualStart,
    actualFinish: finished ? minDate(finish, ctx.asOf) : null,
  };
}

function tests(ctx: Context, outcome: Outcome, actualFinish: string | null) {
  const when = (offset: number) => (actualFinish ? minDate(addDays(actualFinish, offset), ctx.asOf) : null);
  const result = (value: TestResult, offset: number) => ({
    value,
    on: value === "pending" ? null : when(offset),
  });
  const [air, track] = ((): [TestResult, TestResult] => {
    switch (outcome) {
      case "in_use":
        return ["passed", "passed"];
      case "awaiting_tests":
        return ["pending", ctx.rng.chance(0.5) ? "passed" : "pending"];
      case "air_failed":
        return ["failed", "passed"];
      case "track_failed":
        return ["passed", "failed"];
      case "under_construction":
      case "planned":
        return ["pending", "pending"];
    }
  })();
  const a = result(air, ctx.rng.int(5, 30));
  const t = result(track, ctx.rng.int(5, 30));
  return {
    indoorAirTest: a.value,
    indoorAirTestedOn: a.on,
    syntheticTrackTest: t.value,
    syntheticTrackTestedOn: t.on,
  };
}

function statusOf(outcome: Outcome): ConstructionProject["status"] {
  switch (outcome) {
    case "in_use":
      return "in_use";
    case "awaiting_tests":
    case "air_failed":
    case "track_failed":
      return "completed";
    case "under_construction":
      return "under_construction";
    case "planned":
      return "planned";
  }
}

function money(rng: Prng, [lo, hi]: readonly [number, number]): number {
  return Math.round(rng.float(lo, hi) * 100) / 100;
}

function makeProject(
  ctx: Context,
  batch: Batch,
  outcome: Outcome,
  key: string,
): { project: ConstructionProject; opened: Institution | null } {
  const { rng } = ctx;
  const dates = timeline(ctx, batch, outcome);
  const finished = dates.actualFinish !== null;
  let institution: Institution | null = null;
  let opened: Institution | null = null;
  let plannedInstitutionName: string | null = null;
  let district: District;
  if (batch.kind === "new") {
    district = pickDistrict(ctx);
    const type = newSchoolType(rng, batch.level);
    if (finished) {
      opened = ctx.factory.create({ district, type, ownership: batch.ownership, openedYear: batch.year });
      // Built but not accepted (tests pending or failed): the school is 筹建 and has no pupils yet.
      if (outcome !== "in_use") opened.status = "preparing";
      institution = opened;
    } else {
      plannedInstitutionName = `${ctx.factory.plannedName({ district, type })}(暂名)`;
    }
  } else {
    institution = pickExisting(ctx, batch.level, batch.ownership);
    const found = institution ? ctx.districts.find((d) => d.id === institution?.districtId) : undefined;
    district = found ?? pickDistrict(ctx);
    if (!institution) {
      plannedInstitutionName = `${ctx.factory.plannedName({ district, type: newSchoolType(rng, batch.level) })}(暂名)`;
    }
  }
  const subject = institution?.name ?? plannedInstitutionName ?? "";
  return {
    opened,
    project: {
      id: deterministicId(ctx.seed, "construction_project", key),
      name: `${subject.replace(/\(暂名\)$/u, "")}${KIND_SUFFIX[batch.kind]}`,
      institutionId: institution?.id ?? null,
      plannedInstitutionName,
      districtId: district.id,
      kind: batch.kind,
      level: batch.level,
      ownership: batch.ownership,
      placesAdded: rng.int(PLACES[batch.level][batch.kind][0], PLACES[batch.level][batch.kind][1]),
      ...dates,
      status: statusOf(outcome),
      investmentWan: money(rng, INVESTMENT[batch.level][batch.kind]),
      ...tests(ctx, outcome, dates.actualFinish),
    },
  };
}
