import { z } from "zod";

/** A timestamp: Date inside the server, ISO 8601 text on the wire and in the OpenAPI document. */
export const isoDateTime = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

export const pageQuery = {
  page: z.coerce.number().int().min(1, "页码须为正整数").default(1),
  pageSize: z.coerce.number().int().min(1).max(200, "每页最多 200 条").default(20),
};

/** A reply without a body (204): declared so the OpenAPI document and the web's types say so. */
export const noContent = z.undefined().describe("无内容");
