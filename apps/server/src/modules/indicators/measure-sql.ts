import { sql, type SQL } from "drizzle-orm";
import {
  APPROVED_STATUSES,
  statusesFrom,
  type DataBasis,
  type InstitutionFilter,
  type Measure,
  type Period,
} from "@edubureau/domain/indicators";

/** How facts are read for one evaluation. */
export interface FactOptions {
  period: Period;
  /** Which units' reported figures count (see `DataBasis` in the domain). */
  basis: DataBasis;
  /**
   * Only facts held inside this subtree: read before the facts are grouped, so a district's figure scans
   * the district's rows rather than the whole city's (the caller still sums per path).
   */
  within?: string;
}

/** Paths are generated ("/<uuid>/…/"), but a LIKE pattern must still match them literally. */
export function under(path: string): string {
  return `${path.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function withinSubtree(unitColumn: SQL, options: FactOptions): SQL[] {
  if (options.within === undefined) return [];
  return [sql`${unitColumn} in (select id from org_units where path like ${under(options.within)})`];
}

const and = (conditions: SQL[]) => sql.join(conditions, sql` and `);

function institutionConditions(filter: InstitutionFilter | undefined): SQL[] {
  if (!filter) return [];
  const conditions: SQL[] = [];
  if (filter.types) conditions.push(sql`i.type in ${filter.types}`);
  if (filter.ownership) conditions.push(sql`i.ownership = ${filter.ownership}`);
  if (filter.publicOrInclusive) conditions.push(sql`(i.ownership = 'public' or i.inclusive)`);
  if (filter.statuses) conditions.push(sql`i.status in ${filter.statuses}`);
  return conditions;
}

/**
 * The one place the engine applies `DataBasis` to reported facts (a school's class list of a school
 * year, any data value): approved units' facts, plus the asking unit's own when it asked to see them.
 */
function countedFacts(unitColumn: SQL, options: FactOptions): SQL[] {
  const approved = sql`exists (select 1 from data_approvals a where a.org_unit_id = ${unitColumn}
        and a.period = ${options.period.key} and a.status in ${APPROVED_STATUSES})`;
  const { basis } = options;
  switch (basis.kind) {
    case "approved":
      return [approved];
    case "approved_and_own":
      return [sql`(${approved} or ${unitColumn} = ${basis.ownUnitId})`];
  }
}

type ClassMeasure = Extract<Measure, { kind: "class_count" | "student_sum" }>;

export const isClassMeasure = (m: Measure | null): m is ClassMeasure =>
  m !== null && (m.kind === "class_count" || m.kind === "student_sum");

/** What one class measure keeps of the school year's classes. */
function classCondition(measure: ClassMeasure): SQL {
  return and([
    sql`c.grade between ${measure.grades.from} and ${measure.grades.to}`,
    ...(measure.kind === "class_count" && measure.minStudents !== undefined
      ? [sql`c.students >= ${measure.minStudents}`]
      : []),
    ...institutionConditions(measure.institution),
  ]);
}

const classValue = (measure: ClassMeasure) => (measure.kind === "class_count" ? sql`1` : sql`c.students`);

/**
 * (unit_id, num, den) for class measures, reading the school year's classes once: 大班额比例 and
 * 普惠性幼儿园覆盖率 compare two subsets of the same rows. `den` is 0 when there is no denominator.
 */
export function classPairFacts(
  numerator: ClassMeasure,
  denominator: ClassMeasure | null,
  options: FactOptions,
): SQL {
  const measures = denominator ? [numerator, denominator] : [numerator];
  const join = measures.some((m) => m.institution)
    ? sql`join institutions i on i.org_unit_id = c.institution_id`
    : sql``;
  const sumIf = (m: ClassMeasure) =>
    sql`coalesce(sum(${classValue(m)}) filter (where ${classCondition(m)}), 0)::float8`;
  const either = sql.join(
    measures.map((m) => sql`(${classCondition(m)})`),
    sql` or `,
  );
  return sql`select c.institution_id as unit_id, ${sumIf(numerator)} as num,
      ${denominator ? sumIf(denominator) : sql`0::float8`} as den
    from school_classes c ${join}
    where ${and([
      sql`c.school_year = ${options.period.key}`,
      sql`(${either})`,
      ...countedFacts(sql`c.institution_id`, options),
      ...withinSubtree(sql`c.institution_id`, options),
    ])}
    group by c.institution_id`;
}

function classFacts(measure: ClassMeasure, options: FactOptions): SQL {
  return sql`select unit_id, num as n from (${classPairFacts(measure, null, options)}) cf`;
}

function projectFacts(measure: Extract<Measure, { kind: "project_count" }>, options: FactOptions): SQL {
  const { start, end } = options.period;
  const conditions = [sql`p.status in ${statusesFrom(measure.minStatus)}`];
  if (measure.levels) conditions.push(sql`p.level in ${measure.levels}`);
  if (measure.kinds) conditions.push(sql`p.kind in ${measure.kinds}`);
  if (measure.ownership) conditions.push(sql`p.ownership = ${measure.ownership}`);
  switch (measure.dateBasis) {
    case "finished":
      conditions.push(sql`p.actual_finish between ${start}::date and ${end}::date`);
      break;
    case "started":
      conditions.push(sql`p.actual_start between ${start}::date and ${end}::date`);
      break;
    case "any":
      break;
  }
  // A school still being planned has no org unit yet: its project counts for the district.
  return sql`select coalesce(p.institution_id, p.district_id) as unit_id, count(*)::float8 as n
    from construction_projects p where ${and(conditions)} group by 1`;
}

/**
 * SQL giving (unit_id, n) for one measure: one row per org unit that holds facts (an institution,
 * a community, a reporting unit, or a district for a project without a school yet).
 */
export function measureFacts(measure: Measure, options: FactOptions): SQL {
  switch (measure.kind) {
    case "class_count":
    case "student_sum":
      return classFacts(measure, options);
    case "institution_count": {
      const conditions = [
        ...institutionConditions(measure.institution),
        ...withinSubtree(sql`i.org_unit_id`, options),
      ];
      const where = conditions.length > 0 ? sql`where ${and(conditions)}` : sql``;
      return sql`select i.org_unit_id as unit_id, 1::float8 as n from institutions i ${where}`;
    }
    case "designation_count":
      // Counted in its award year unless revoked by the end of the period.
      return sql`select d.institution_id as unit_id, count(*)::float8 as n from designations d
        where d.type_code = ${measure.designationType} and d.year = ${options.period.startYear}
          and (d.revoked_on is null or d.revoked_on > ${options.period.end}::date)
          ${options.within === undefined ? sql`` : sql`and ${and(withinSubtree(sql`d.institution_id`, options))}`}
        group by d.institution_id`;
    case "project_count":
      return projectFacts(measure, options);
    case "community_count": {
      const centre = measure.withCentre
        ? sql`and exists (select 1 from institutions i where i.community_id = o.id
            and i.type = 'community_learning_centre' and i.status = 'operating')`
        : sql``;
      return sql`select o.id as unit_id, 1::float8 as n from org_units o where o.kind = 'community' ${centre}`;
    }
    case "data_element":
      return sql`select v.org_unit_id as unit_id, sum(v.value)::float8 as n from data_values v
        where ${and([
          sql`v.element_code = ${measure.elementCode}`,
          sql`v.period = ${options.period.key}`,
          ...countedFacts(sql`v.org_unit_id`, options),
          ...withinSubtree(sql`v.org_unit_id`, options),
        ])}
        group by v.org_unit_id`;
  }
}
