import { z } from "zod";
import { isoDateTime } from "../../http/zod-types.ts";

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: isoDateTime,
  read: z.boolean(),
});

export const listQuery = z.object({
  unread: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  kind: z.string().max(60, "通知类别不正确").optional(),
  limit: z.coerce.number().int().min(1).max(200, "最多 200 条").default(50),
  offset: z.coerce.number().int().min(0, "起始位置不正确").default(0),
});

export const notificationList = z.object({
  items: z.array(notificationSchema),
  /** All that match the filters, for the notification centre's pages. */
  total: z.number().int(),
  /** The kinds this account has received, for the centre's filter. */
  kinds: z.array(z.string()),
});
export const unreadCount = z.object({ unread: z.number().int() });
export const idParams = z.object({ id: z.uuid("通知编号格式不正确") });
export const readAllResult = z.object({ marked: z.number().int() });
