import { definePolicy } from "./policy.ts";
import { roleRule } from "./role.ts";

/*
 * The registry (机构名录 and what hangs off it). Which records an account sees is its org scope, applied in
 * SQL by each module's queries; these rules say which roles may read and change them.
 */

/** Institutions (机构名录). */
export const institutionPolicy = definePolicy<void, "read" | "write">({
  read: roleRule("registry.read"),
  write: roleRule("institutions.write"),
});

/** Classes and pupil numbers (班级与学生数). */
export const schoolClassPolicy = definePolicy<void, "write">({ write: roleRule("classes.write") });

/** Designations (特色学校等认定). */
export const designationPolicy = definePolicy<void, "write">({ write: roleRule("designations.write") });

/** Construction projects (建设项目). */
export const constructionProjectPolicy = definePolicy<void, "write">({ write: roleRule("projects.write") });

/** The org tree: districts, streets, divisions and schools as units. */
export const orgUnitPolicy = definePolicy<void, "write">({ write: roleRule("orgUnits.write") });
