import { z } from "zod";
import { namedSchema } from "../../http/zod-types.ts";

/** The wire shapes every Excel import job shares (institutions, student health, teachers). */
export const importQuery = z.object({
  /** Wait for the import to finish: 200 with the result, or 400 problem+json listing every problem. */
  wait: z.stringbool().optional(),
  /**
   * insert: add new records only, a row whose key is already on the register is a problem; upsert: rows
   * whose key is on the register (in the account's scope) update it, the others are added. Absent: the
   * import's default. Imports without a natural key accept only insert.
   */
  mode: z.enum(["insert", "upsert"], "导入方式应为 insert（新增）或 upsert（更新）").optional(),
});

export const jobParams = z.object({ jobId: z.uuid("导入任务编号格式不正确") });

const rowProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });

export const importResult = z.object({
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

export const importJob = z.object({
  id: z.uuid(),
  fileName: z.string(),
  state: z.enum(["parsing", "validating", "writing", "done", "failed"]),
  processed: z.number().int(),
  /** 0 while the total is not yet known. */
  total: z.number().int(),
  errors: z.array(rowProblem).optional(),
  /** All problems found; `errors` lists at most the first MAX_LISTED_PROBLEMS, problems.xlsx up to MAX_KEPT_PROBLEMS. */
  errorCount: z.number().int().optional(),
  result: importResult.optional(),
  /** Why a job failed when the failure is not about rows (an unreadable file, a server error). */
  message: z.string().optional(),
});

export const importAccepted = z.object({ jobId: z.uuid() });

namedSchema("ImportJob", importJob);
