import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";

export interface MaterialInfo {
  id: string;
  ownerId: string;
  caseId: string | null;
  materialCode: string | null;
  fileName: string;
  mediaType: string;
  size: number;
}

const INFO = sql`id, owner_id as "ownerId", case_id as "caseId", material_code as "materialCode",
  file_name as "fileName", media_type as "mediaType", size`;

export async function insertMaterial(
  db: Db,
  m: { ownerId: string; fileName: string; mediaType: string; data: Buffer; sha256: string; at: Date },
): Promise<MaterialInfo> {
  const [row] = await queryRows<MaterialInfo>(
    db,
    sql`insert into service_materials (owner_id, file_name, media_type, size, sha256, data, created_at)
        values (${m.ownerId}, ${m.fileName}, ${m.mediaType}, ${m.data.length}, ${m.sha256}, ${m.data}, ${m.at})
        returning ${INFO}`,
  );
  if (!row) throw new Error("material not inserted");
  return row;
}

export async function findMaterials(db: Db, ids: readonly string[]): Promise<MaterialInfo[]> {
  if (ids.length === 0) return [];
  return queryRows<MaterialInfo>(
    db,
    sql`select ${INFO} from service_materials where id = any(${sql.param([...ids])}::uuid[])`,
  );
}

export async function bindMaterial(db: Db, id: string, caseId: string, code: string): Promise<void> {
  await db.execute(
    sql`update service_materials set case_id = ${caseId}, material_code = ${code} where id = ${id} and case_id is null`,
  );
}

export async function caseMaterials(db: Db, caseId: string): Promise<MaterialInfo[]> {
  return queryRows<MaterialInfo>(
    db,
    sql`select ${INFO} from service_materials where case_id = ${caseId} order by created_at, id`,
  );
}

export async function materialData(db: Db, id: string): Promise<(MaterialInfo & { data: Buffer }) | null> {
  const [row] = await queryRows<MaterialInfo & { data: Uint8Array }>(
    db,
    sql`select ${INFO}, data from service_materials where id = ${id}`,
  );
  return row ? { ...row, data: Buffer.from(row.data) } : null;
}
