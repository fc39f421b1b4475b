import { randomBytes } from "node:crypto";
import { residentIdCheckChar } from "@edubureau/domain/identity";
import type { TestApp, TestSession } from "../../test/test-app.ts";
import { installDefaultCatalogue } from "./service-items.service.ts";

export const PDF = Buffer.from("%PDF-1.4\n% 测试材料\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

export function residentId(first17 = "43010219900307123"): string {
  return first17 + residentIdCheckChar(first17);
}

/** Installs the default catalogue owned by the test world's division (基础教育处). */
export async function installCatalogue(t: TestApp): Promise<void> {
  await t.database.db.transaction((tx) =>
    installDefaultCatalogue(tx, {
      ownerUnitId: t.world.division.id,
      at: t.clock.now(),
      who: { actorId: null, actorName: "测试", ip: null },
    }),
  );
}

export function multipart(file: Buffer, fileName: string, mime = "application/pdf") {
  const boundary = `----eb${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${mime}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, file, tail]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export async function upload(session: TestSession, file = PDF, fileName = "身份证.pdf") {
  const body = multipart(file, fileName);
  return session.requestRaw("POST", "/api/services-hall/cases/materials", body.payload, body.headers);
}

export async function uploadId(session: TestSession, fileName = "材料.pdf"): Promise<string> {
  const response = await upload(session, PDF, fileName);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ id: string }>().id;
}

export interface Item {
  id: string;
  code: string;
  name: string;
  onlineDepth: number;
}

export async function findItem(t: TestApp, code: string): Promise<Item> {
  const response = await t.app.inject({
    method: "GET",
    url: `/api/public/services-hall/items?search=${code}`,
  });
  const item = response.json<{ items: Item[] }>().items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code}`);
  return item;
}
