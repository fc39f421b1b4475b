import { z } from "zod";
import { isoDateTime, pageQuery } from "../../http/zod-types.ts";

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  entity: z.string(),
  entityId: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditQuery = z.object({
  entity: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  actor: z.string().trim().max(64).optional(),
  from: z.coerce.date("起始时间格式不正确").optional(),
  to: z.coerce.date("截止时间格式不正确").optional(),
  ...pageQuery,
});

export const auditList = z.object({ items: z.array(auditEntrySchema), total: z.number().int() });
