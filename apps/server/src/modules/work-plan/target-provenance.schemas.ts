import { z } from "zod";
import { COMPARATORS, TARGET_STATUSES } from "@edubureau/domain/work-plan";
import { isoDateTime } from "../../http/zod-types.ts";

const unitCounts = z
  .object({
    reporting: z.number().int(),
    approved: z.number().int(),
    missing: z.number().int(),
  })
  .nullable();

/** For each bound target: where its current value comes from, so a leader can check it before signing. */
export const planProvenance = z.object({
  plan: z.object({ id: z.uuid(), title: z.string(), year: z.number().int() }),
  /** When the figures were read. */
  readAt: isoDateTime,
  items: z.array(
    z.object({
      targetId: z.uuid(),
      code: z.string(),
      name: z.string(),
      taskId: z.uuid(),
      taskCode: z.string(),
      unit: z.string(),
      targetValue: z.number(),
      comparator: z.enum(COMPARATORS),
      current: z.number().nullable(),
      status: z.enum(TARGET_STATUSES),
      statusLabel: z.string(),
      indicator: z.string(),
      dataSource: z.string(),
      dataBasis: z.string(),
      approvedAsOf: isoDateTime.nullable(),
      units: unitCounts,
    }),
  ),
});
