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
  limit: z.coerce.number().int().min(1).max(200, "最多 200 条").default(50),
});

export const notificationList = z.object({ items: z.array(notificationSchema) });
export const unreadCount = z.object({ unread: z.number().int() });
export const idParams = z.object({ id: z.uuid("通知编号格式不正确") });
export const readAllResult = z.object({ marked: z.number().int() });
