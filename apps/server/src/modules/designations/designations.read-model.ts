import { sql } from "drizzle-orm";

/**
 * What designations publish for the registry's raw SQL (an institution's current designations): a derived
 * table `institution_id` of the designations not revoked. Wired in by the composition root.
 */
export const activeDesignationsTable = sql`(select institution_id from designations where revoked_on is null)`;
