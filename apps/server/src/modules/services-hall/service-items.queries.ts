import { sql } from "drizzle-orm";
import type {
  FormField,
  MaterialSpec,
  OnlineDepth,
  ReviewStep,
  Situation,
} from "@edubureau/domain/services-hall";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import type { CatalogueItem } from "./default-catalogue.ts";

export type ItemStatus = "draft" | "published" | "withdrawn";

export interface ItemRow {
  id: string;
  code: string;
  name: string;
  itemType: string;
  ownerUnitId: string;
  ownerUnitName: string;
  ownerUnitPath: string;
  handlingLevel: "city" | "district";
  legalBasis: string;
  conditions: string;
  process: string;
  legalDays: number;
  promisedDays: number;
  fee: string;
  location: string;
  phone: string;
  online: boolean;
  onlineDepth: OnlineDepth;
  steps: ReviewStep[];
  formFields: FormField[];
  materials: MaterialSpec[];
  situations: Situation[];
  keywords: string;
  status: ItemStatus;
}

const COLUMNS = sql`i.id, i.code, i.name, i.item_type as "itemType", i.owner_unit_id as "ownerUnitId",
  u.name as "ownerUnitName", u.path as "ownerUnitPath", i.handling_level as "handlingLevel", i.legal_basis as "legalBasis",
  i.conditions, i.process, i.legal_days as "legalDays", i.promised_days as "promisedDays", i.fee, i.location,
  i.phone, i.online, i.online_depth as "onlineDepth", i.steps, i.form_fields as "formFields", i.materials,
  i.situations, i.keywords, i.status`;

export async function listItems(
  db: Db,
  filter: { search?: string | undefined; publishedOnly: boolean },
): Promise<ItemRow[]> {
  const words = (filter.search ?? "").trim();
  const like = `%${escapeLike(words)}%`;
  return queryRows<ItemRow>(
    db,
    sql`select ${COLUMNS} from service_items i join org_units u on u.id = i.owner_unit_id
        where (${!filter.publishedOnly} or i.status = 'published')
          and (${words === ""} or i.name like ${like} or i.keywords like ${like} or i.code like ${like})
        order by i.code`,
  );
}

export async function findItem(db: Db, id: string): Promise<ItemRow | null> {
  const [row] = await queryRows<ItemRow>(
    db,
    sql`select ${COLUMNS} from service_items i join org_units u on u.id = i.owner_unit_id where i.id = ${id}`,
  );
  return row ?? null;
}

export async function insertItem(
  db: Db,
  item: CatalogueItem,
  ownerUnitId: string,
  status: ItemStatus,
  at: Date,
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`insert into service_items (code, name, item_type, owner_unit_id, handling_level, legal_basis, conditions,
          process, legal_days, promised_days, fee, location, phone, online, online_depth, steps, form_fields,
          materials, situations, keywords, status, published_at, created_at, updated_at)
        values (${item.code}, ${item.name}, ${item.itemType}, ${ownerUnitId}, ${item.handlingLevel},
          ${item.legalBasis}, ${item.conditions}, ${item.process}, ${item.legalDays}, ${item.promisedDays},
          ${item.fee}, ${item.location}, ${item.phone}, ${item.onlineDepth >= 3}, ${item.onlineDepth},
          ${JSON.stringify(item.steps)}::jsonb, ${JSON.stringify(item.formFields)}::jsonb,
          ${JSON.stringify(item.materials)}::jsonb, ${JSON.stringify(item.situations)}::jsonb, ${item.keywords},
          ${status}, ${status === "published" ? at : null}, ${at}, ${at})
        returning id`,
  );
  if (!row) throw new Error("service item not inserted");
  return row.id;
}

export interface ItemChanges {
  onlineDepth?: OnlineDepth | undefined;
  promisedDays?: number | undefined;
  legalDays?: number | undefined;
  fee?: string | undefined;
  location?: string | undefined;
  phone?: string | undefined;
  conditions?: string | undefined;
}

export async function updateItem(db: Db, id: string, changes: ItemChanges, at: Date): Promise<void> {
  await db.execute(
    sql`update service_items set
          online_depth = coalesce(${changes.onlineDepth ?? null}::int, online_depth),
          online = coalesce(${changes.onlineDepth ?? null}::int, online_depth) >= 3,
          promised_days = coalesce(${changes.promisedDays ?? null}::int, promised_days),
          legal_days = coalesce(${changes.legalDays ?? null}::int, legal_days),
          fee = coalesce(${changes.fee ?? null}, fee),
          location = coalesce(${changes.location ?? null}, location),
          phone = coalesce(${changes.phone ?? null}, phone),
          conditions = coalesce(${changes.conditions ?? null}, conditions),
          updated_at = ${at}
        where id = ${id}`,
  );
}

export async function setStatus(db: Db, id: string, status: ItemStatus, at: Date): Promise<void> {
  await db.execute(
    sql`update service_items set status = ${status}, updated_at = ${at},
          published_at = case when ${status} = 'published' then ${at} else published_at end
        where id = ${id}`,
  );
}

/** Published items' depths owned within a subtree (T21-1 for the city or a district). */
export async function publishedDepths(db: Db, scopePath: string): Promise<OnlineDepth[]> {
  const rows = await queryRows<{ depth: OnlineDepth }>(
    db,
    sql`select i.online_depth as depth from service_items i join org_units u on u.id = i.owner_unit_id
        where i.status = 'published' and u.path like ${`${escapeLike(scopePath)}%`}`,
  );
  return rows.map((r) => r.depth);
}

export async function countItems(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from service_items`);
  return row?.n ?? 0;
}
