import { z } from "zod";

/** Response shapes of /api/registration (the OpenAPI document and the web's types come from them). */

/** Columns the 定期注册 list sorts on; the default is by school, then teacher number. */
export const DUE_SORT_KEYS = ["institution", "teacherNumber", "name", "registeredOn"] as const;

const cycle = z.object({ from: z.string(), to: z.string() });
const hours = z.object({ counted: z.number(), required: z.number() }).nullable();

export const dueList = z.object({
  year: z.number(),
  items: z.array(
    z.object({
      teacherId: z.string(),
      teacherNumber: z.string(),
      name: z.string(),
      institutionName: z.string(),
      registeredOn: z.string(),
      cycle,
      outcome: z.string(),
      outcomeLabel: z.string(),
      reasons: z.array(z.string()),
      notes: z.array(z.string()),
      hours,
      confirmedOutcome: z.string().nullable(),
    }),
  ),
  /** Rows the filters keep (outcome included), for the paging bar. */
  total: z.number().int(),
  /** Teachers due under the district and school filters, whatever their outcome. */
  due: z.number().int(),
  /** Counts over every teacher due under the district and school filters. */
  summary: z.object({ passed: z.number(), deferred: z.number(), failed: z.number(), confirmed: z.number() }),
});

export const confirmed = z.object({ confirmed: z.number() });

/** The signed-in teacher's registration: nothing to show before a first registration date is on file. */
export const mine = z.object({
  registeredOn: z.string().nullable(),
  dueYear: z.number().nullable(),
  due: z.boolean(),
  evaluation: z
    .object({
      cycle,
      outcome: z.enum(["passed", "deferred", "failed", "notDue"]),
      outcomeLabel: z.string(),
      reasons: z.array(z.string()),
      hours,
    })
    .nullable(),
});

export const ethicsList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      teacherId: z.string(),
      foundOn: z.string(),
      severity: z.string(),
      description: z.string(),
      recordedAt: z.string(),
    }),
  ),
});

export const created = z.object({ id: z.string() });
