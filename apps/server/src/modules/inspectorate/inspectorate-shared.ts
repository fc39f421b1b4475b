import { createHash, randomUUID } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import { checkEvidence, EVIDENCE_PER_ITEM } from "@edubureau/domain/inspectorate";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import type { AttachmentStore } from "../work-plan/attachment-store.ts";
import type { AttachmentUpload } from "../work-plan/attachment-upload.ts";
import { inspEvidence, type EvidenceOwner } from "./inspectorate.tables.ts";

/** The plan task whose 督办单 carry overdue 整改单: 加强教育督导评估 in the 2019 plan (plans/changsha-2019.yaml). */
export const SUPERVISION_TASK_CODE = "T33";

export const todayOf = (ctx: AppContext) => beijingDate(ctx.clock.now());

export interface UnitRef {
  id: string;
  name: string;
  path: string;
  kind: string;
  parentId: string | null;
}

export async function unitById(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      path: orgUnits.path,
      kind: orgUnits.kind,
      parentId: orgUnits.parentId,
    })
    .from(orgUnits)
    .where(eq(orgUnits.id, id));
  return row ?? null;
}

/** The district an institution (or any unit below a district) belongs to. */
export async function districtOf(db: Db, unit: UnitRef): Promise<UnitRef | null> {
  if (unit.kind === "district") return unit;
  const ids = unit.path.split("/").filter((p) => p.length > 0);
  const [row] = await db
    .select({
      id: orgUnits.id,
      name: orgUnits.name,
      path: orgUnits.path,
      kind: orgUnits.kind,
      parentId: orgUnits.parentId,
    })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.kind, "district"),
        sql`${orgUnits.id}::text in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      ),
    );
  return row ?? null;
}

export async function evidenceOf(db: Db, ownerKind: EvidenceOwner, ownerId: string) {
  const rows = await db
    .select()
    .from(inspEvidence)
    .where(and(eq(inspEvidence.ownerKind, ownerKind), eq(inspEvidence.ownerId, ownerId)))
    .orderBy(asc(inspEvidence.uploadedAt));
  return rows.map((r) => ({
    id: r.id,
    itemCode: r.itemCode,
    fileName: r.fileName,
    mediaType: r.mediaType,
    sizeBytes: r.sizeBytes,
    uploadedAt: r.uploadedAt,
  }));
}

/** Refuses a file of the wrong type or size before anything is stored. */
export function checkUpload(upload: AttachmentUpload): string {
  const check = upload.truncated
    ? { ok: false as const, message: `附件“${upload.fileName}”超过 10 MB` }
    : checkEvidence(upload.fileName, upload.data.subarray(0, 16), upload.data.length);
  if (!check.ok) throw problems.invalid(check.message, [{ field: "file", message: check.message }]);
  return check.mediaType;
}

/**
 * Stores one evidence file inside the caller's transaction (row, audit) and in the attachment store;
 * the caller removes the stored bytes if its transaction fails (see `withStoredFile`).
 */
export async function attachEvidence(
  tx: Db,
  options: {
    ctx: AppContext;
    store: AttachmentStore;
    actor: Actor;
    owner: { kind: EvidenceOwner; id: string; itemCode: string | null };
    upload: AttachmentUpload;
    mediaType: string;
    key: string;
  },
): Promise<void> {
  const { ctx, store, actor, owner, upload, mediaType, key } = options;
  const [{ n } = { n: 0 }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(inspEvidence)
    .where(
      and(
        eq(inspEvidence.ownerKind, owner.kind),
        eq(inspEvidence.ownerId, owner.id),
        owner.itemCode === null
          ? sql`${inspEvidence.itemCode} is null`
          : eq(inspEvidence.itemCode, owner.itemCode),
      ),
    );
  if (n >= EVIDENCE_PER_ITEM) throw problems.field("file", `每项最多上传 ${EVIDENCE_PER_ITEM} 个佐证材料`);
  const sha256 = createHash("sha256").update(upload.data).digest("hex");
  const at = ctx.clock.now();
  const [row] = await tx
    .insert(inspEvidence)
    .values({
      ownerKind: owner.kind,
      ownerId: owner.id,
      itemCode: owner.itemCode,
      fileName: upload.fileName.slice(0, 200),
      mediaType,
      sizeBytes: upload.data.length,
      sha256,
      storageKey: key,
      uploadedBy: actor.userId,
      uploadedAt: at,
    })
    .returning({ id: inspEvidence.id });
  await recordAudit(
    tx,
    whoOf(actor),
    {
      event: "INSP_EVIDENCE_ATTACHED",
      entityId: row?.id ?? null,
      after: {
        owner: owner.kind,
        ownerId: owner.id,
        item: owner.itemCode,
        fileName: upload.fileName,
        sha256,
      },
    },
    at,
  );
  await store.put(key, upload.data);
}

/** Runs `work` with a fresh storage key and removes the stored bytes when it fails after storing them. */
export async function withStoredFile<T>(
  store: AttachmentStore,
  work: (key: string) => Promise<T>,
): Promise<T> {
  const key = randomUUID();
  try {
    return await work(key);
  } catch (error) {
    await store.remove(key).catch(() => undefined);
    throw error;
  }
}

export async function evidenceFile(
  db: Db,
  store: AttachmentStore,
  owner: { kind: EvidenceOwner; id: string },
  evidenceId: string,
) {
  const [row] = await db
    .select()
    .from(inspEvidence)
    .where(
      and(
        eq(inspEvidence.id, evidenceId),
        eq(inspEvidence.ownerKind, owner.kind),
        eq(inspEvidence.ownerId, owner.id),
      ),
    );
  if (!row) throw problems.notFound("佐证材料");
  return { fileName: row.fileName, mediaType: row.mediaType, data: await store.get(row.storageKey) };
}
