import { z } from "zod";
import type { DrawAnnouncement } from "./draw-announcement.ts";
import type { LotteryBundle, LotteryResult } from "./lottery-types.ts";
import { lotteryFailure } from "./lottery-types.ts";
import { compileShapeCheck } from "./shape-check.ts";

/**
 * The JSON shape of a bundle (docs/lottery.md §结果包). Only shapes are checked here;
 * the rules on values (token format, choice numbers, digits) are checked with Chinese
 * messages by the same code that draws, so both sides refuse the same things.
 */
const unit = z.object({ id: z.string(), members: z.array(z.string()) });

const seedInputs = z.array(z.object({ label: z.string(), value: z.string(), nonce: z.string().optional() }));
const outcome = z.object({
  schools: z.array(
    z.object({
      school: z.string(),
      oversubscribed: z.boolean(),
      admitted: z.array(z.string()),
      waiting: z.array(z.string()),
    }),
  ),
  unplaced: z.array(z.string()),
});
const publicValue = z.object({
  label: z.string(),
  digits: z.number(),
  source: z.string(),
  availableAt: z.string(),
});

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
  seedAnnouncement: z.object({
    digits: z.number(),
    labels: z.array(z.string()),
    publicValues: z.array(publicValue).optional(),
    commitments: z.array(z.object({ label: z.string(), digest: z.string() })).optional(),
  }),
  seedInputs,
  seed: z.string(),
  outcome,
  drawnAt: z.string().optional(),
  announcementDigest: z.string().optional(),
  previousDraws: z
    .array(
      z.object({
        seedInputs,
        seed: z.string(),
        outcome,
        drawnAt: z.string().optional(),
        replacedAt: z.string(),
        reason: z.string(),
      }),
    )
    .optional(),
});

const ledgerEvent = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("round"), round: z.string() }),
  z.object({ kind: z.literal("declined"), number: z.string(), school: z.string(), at: z.string() }),
  z.object({
    kind: z.literal("promoted"),
    number: z.string(),
    school: z.string(),
    from: z.string().nullable(),
    list: z.string(),
  }),
]);

export const lotteryBundleSchema = z.object({
  algorithmVersion: z.string(),
  rounds: z.array(round).min(1),
  events: z.array(ledgerEvent).optional(),
}) satisfies z.ZodType<LotteryBundle>;

const isBundleShape = compileShapeCheck(lotteryBundleSchema);

/**
 * Reads a bundle from parsed JSON; the message names the first misplaced field. A bundle of the right
 * shape is returned as it is, keys the schema does not name included (zod would copy it without them);
 * zod reads only the ones that are not, for its message.
 */
export function parseBundle(json: unknown): LotteryResult<LotteryBundle> {
  if (isBundleShape?.(json) === true) return { ok: true, value: json as LotteryBundle };
  const parsed = lotteryBundleSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? "根对象" : issue.path.join(".");
  return lotteryFailure(`结果包格式不正确：${where}（${issue?.message ?? "未知错误"}）`);
}

const announcement = z.object({
  algorithmVersion: z.string(),
  round: z.string(),
  mechanism: z.enum(["boston", "deferred-acceptance"]),
  partialUnit: z.enum(["skip", "stop"]),
  lists: z.array(
    z.object({ school: z.string(), quota: z.number(), applicants: z.number(), digest: z.string() }),
  ),
  seedAnnouncement: round.shape.seedAnnouncement,
  earliestDrawAt: z.string(),
  publishedAt: z.string(),
  digest: z.string(),
});

/** A file of announcements: one (派位公告), an array, or `{ items: [...] }` as the public page serves them. */
export const announcementFileSchema = z.union([
  announcement.transform((a) => [a]),
  z.array(announcement),
  z.object({ items: z.array(announcement) }).transform((f) => f.items),
]);

export const drawAnnouncementSchema = announcement satisfies z.ZodType<DrawAnnouncement>;
