import { z } from "zod";
import type { LotteryBundle, LotteryResult } from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";

/**
 * The JSON shape of a bundle (docs/lottery.md §结果包). Only shapes are checked here;
 * the rules on values (token format, choice numbers, digits) are checked with Chinese
 * messages by the same code that draws, so both sides refuse the same things.
 */
const unit = z.object({ id: z.string(), members: z.array(z.string()) });

const round = z.object({
  label: z.string(),
  mechanism: z.enum(["boston", "deferred-acceptance"]),
  partialUnit: z.enum(["skip", "stop"]),
  lists: z.array(
    z.object({
      school: z.string(),
      quota: z.number(),
      applicants: z.array(z.object({ number: z.string(), choice: z.number() })),
      units: z.array(unit),
      digest: z.string(),
    }),
  ),
  seedAnnouncement: z.object({ digits: z.number(), labels: z.array(z.string()) }),
  seedInputs: z.array(z.object({ label: z.string(), value: z.string() })),
  seed: z.string(),
  outcome: z.object({
    schools: z.array(
      z.object({
        school: z.string(),
        oversubscribed: z.boolean(),
        admitted: z.array(z.string()),
        waiting: z.array(z.string()),
      }),
    ),
    unplaced: z.array(z.string()),
  }),
});

export const lotteryBundleSchema = z.object({
  algorithmVersion: z.string(),
  rounds: z.array(round).min(1),
}) satisfies z.ZodType<LotteryBundle>;

/** Reads a bundle from parsed JSON; the message names the first misplaced field. */
export function parseBundle(json: unknown): LotteryResult<LotteryBundle> {
  const parsed = lotteryBundleSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "根对象" : issue.path.join(".");
  return lotteryFailure(`结果包格式不正确：${where}（${issue?.message ?? "未知错误"}）`);
}
