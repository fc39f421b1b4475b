import { sql } from "drizzle-orm";

/**
 * What the classes module publishes for the registry's raw SQL (an institution's pupils in its latest school
 * year): a derived table `institution_id, school_year, students`. Wired in by the composition root, since the
 * classes module itself joins the registry's read model.
 */
export const classSizesTable = sql`(select institution_id, school_year, students from school_classes)`;
