import { z } from "zod";
import { isoDateTime, pageQuery } from "../../http/zod-types.ts";

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  /** The typed event name; null on rows written before typed events. */
  event: z.string().nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** Position in the hash chain and this row's digest. */
  chainSeq: z.number().int(),
  digest: z.string(),
});

export const auditQuery = z.object({
  event: z.string().trim().max(64).optional(),
  entity: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  actor: z.string().trim().max(64).optional(),
  from: z.coerce.date("起始时间格式不正确").optional(),
  to: z.coerce.date("截止时间格式不正确").optional(),
  ...pageQuery,
});

export const auditList = z.object({
  items: z.array(auditEntrySchema),
  total: z.number().int(),
  /** Names of the org units and accounts whose ids appear on this page, so no id is shown on screen. */
  names: z.record(z.string(), z.string()),
});

export const auditChainHeadSchema = z.object({
  seq: z.number().int(),
  lastId: z.number().int().nullable(),
  digest: z.string(),
  updatedAt: isoDateTime,
});
