import { createHash } from "node:crypto";
import { isValidResidentId, maskIdNumber, maskName } from "@edubureau/domain/identity";
import type { AppContext } from "../../app-context.ts";
import { AppError } from "../../http/problem.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { pupilByIdentity } from "../students/students.read-model.ts";
import { gradeLabel } from "../students/students-workbook.ts";
import { healthRecord, type HealthRecord } from "./health-record.ts";

/**
 * A parent's look-up of their child's 电子健康档案 without an account: name + ID number + birth date must
 * all match one student. Guessing is slowed on two keys: per client address, and per ID number (so a
 * spread-out attack on one child is slowed too). Every attempt is audited; a miss says nothing about
 * which part was wrong.
 */
export const LOOKUP_WINDOW_MS = 15 * 60_000;
export const LOOKUPS_PER_IP = 10;
export const MISSES_PER_ID = 5;

interface Counter {
  count: number;
  resetAt: number;
}

function createLimiter(limit: number, windowMs: number, now: () => number) {
  const counters = new Map<string, Counter>();
  return {
    blocked(key: string): boolean {
      const c = counters.get(key);
      return c !== undefined && c.resetAt > now() && c.count >= limit;
    },
    hit(key: string): void {
      const t = now();
      if (counters.size > 100_000) for (const [k, c] of counters) if (c.resetAt <= t) counters.delete(k);
      const c = counters.get(key);
      if (!c || c.resetAt <= t) counters.set(key, { count: 1, resetAt: t + windowMs });
      else c.count += 1;
    },
  };
}

export interface LookupInput {
  name: string;
  idNumber: string;
  birthDate: string;
}

const tooMany = () =>
  new AppError("locked", "查询过于频繁", "查询次数过多，请 15 分钟后再试。如忘记信息，请联系孩子所在学校。");
const noMatch = () =>
  new AppError(
    "not_found",
    "未找到匹配的档案",
    "姓名、身份证号与出生日期须与学籍登记完全一致。请核对后重试，或联系孩子所在学校。",
  );

export function createParentLookup(ctx: AppContext) {
  const { db } = ctx.database;
  const now = () => ctx.clock.now().getTime();
  const byIp = createLimiter(LOOKUPS_PER_IP, LOOKUP_WINDOW_MS, now);
  const byId = createLimiter(MISSES_PER_ID, LOOKUP_WINDOW_MS, now);

  return async function lookup(input: LookupInput, ip: string): Promise<HealthRecord> {
    const idNumber = input.idNumber.trim().toUpperCase();
    const idKey = createHash("sha256").update(idNumber).digest("hex");
    if (byIp.blocked(ip) || byId.blocked(idKey)) throw tooMany();
    byIp.hit(ip);
    const who = { actorId: null, actorName: `家长查询(${maskName(input.name.trim())})`, ip };
    const row = isValidResidentId(idNumber)
      ? await pupilByIdentity(db, { idNumber, name: input.name.trim(), birthDate: input.birthDate })
      : undefined;
    if (!row) {
      byId.hit(idKey);
      await recordAudit(
        db,
        who,
        {
          event: "HEALTH_PARENT_LOOKUP_FAILED",
          entityId: null,
          after: { idNumber: maskIdNumber(idNumber) },
        },
        ctx.clock.now(),
      );
      throw noMatch();
    }
    await recordAudit(
      db,
      who,
      {
        event: "HEALTH_PARENT_LOOKUP",
        entityId: row.id,
        after: { idNumber: maskIdNumber(idNumber) },
      },
      ctx.clock.now(),
    );
    const record = await healthRecord(db, {
      id: row.id,
      name: maskName(row.name),
      sex: row.sex,
      grade: row.grade,
      gradeLabel: gradeLabel(row.grade),
      className: row.className,
      institutionName: row.institutionName,
    });
    return record;
  };
}
