import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { residentIdCheckChar } from "@edubureau/domain/identity";
import { addWorkingDays, countWorkingDays, type CaseStatus } from "@edubureau/domain/services-hall";
import { addDays } from "@edubureau/domain/work-plan";
import { Prng } from "../../../../tools/synthetic-city/index.ts";
import { queryRows, type Db } from "../db/database.ts";
import { col, fields, type TableSpec } from "../platform/bulk-insert.ts";
import { installDefaultCatalogue } from "../modules/services-hall/service-items.service.ts";
import type { FeatureSeedContext } from "./feature-seed.ts";

interface ItemRef {
  id: string;
  code: string;
  handlingLevel: "city" | "district";
  promisedDays: number;
  situations: { code: string }[];
  ownerUnitId: string;
}
interface UnitRef {
  id: string;
  path: string;
}

/** A generated case row (migration 0019's service_cases). */
export interface SeedCase {
  id: string;
  caseNo: string;
  itemId: string;
  situationCode: string | null;
  applicantId: string | null;
  applicantName: string;
  channel: "online" | "counter";
  handlingUnitId: string;
  handlingUnitPath: string;
  form: string;
  status: CaseStatus;
  stepIndex: number;
  outcome: "approved" | "refused" | null;
  reason: string | null;
  submittedOn: string;
  acceptedOn: string | null;
  concludedOn: string | null;
  limitDays: number;
  deadline: string | null;
  usedDays: number | null;
  visits: number;
}

export const SERVICE_CASES: TableSpec<SeedCase> = {
  table: "service_cases",
  columns: fields(`
      id:uuid case_no item_id:uuid situation_code applicant_id:uuid applicant_name channel
      handling_unit_id:uuid handling_unit_path form:jsonb status step_index:int outcome reason
      submitted_on:date accepted_on:date concluded_on:date limit_days:int deadline:date used_days:int
      visits:int
    `),
  stamped: ["created_at", "updated_at"],
};

export const SERVICE_RATINGS: TableSpec<{
  caseId: string;
  rating: number;
  comment: string | null;
  due: string | null;
}> = {
  table: "service_ratings",
  columns: [...fields("case_id:uuid rating:int comment"), col("follow_up_due", "date", (r) => r.due)],
  stamped: ["rated_at"],
};

const SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗";
const GIVEN = ["明", "芳", "伟", "娜", "静", "磊", "洋", "艳", "勇", "军", "杰", "婷", "强", "敏", "丽"];

/**
 * Cases of the hall as of `asOf`: mostly done, some in review (a few past their promised limit), some
 * waiting for acceptance or for 补正, a few refused. Generated, not written, so the bench can write 50,000.
 */
export function* generateCases(options: {
  seed: number;
  count: number;
  asOf: string;
  items: readonly ItemRef[];
  units: (item: ItemRef, rng: Prng) => UnitRef;
  /** The demo citizen's account owns the first `ownCases`; the rest came in without a local account. */
  applicantId: string | null;
  ownCases?: number;
  /** Serial of the first case number, so several runs never repeat a number. */
  firstSerial?: number;
}): Generator<SeedCase> {
  const rng = new Prng(options.seed, "services-hall");
  for (let i = 0; i < options.count; i += 1) {
    const item = rng.pick(options.items);
    const unit = options.units(item, rng);
    const name = `${rng.pick([...SURNAMES])}${rng.pick(GIVEN)}${rng.chance(0.5) ? rng.pick(GIVEN) : ""}`;
    const first17 = `430${rng.int(100, 199)}${rng.int(1975, 2005)}0${rng.int(1, 9)}1${rng.int(0, 9)}${rng.int(100, 999)}`;
    const submittedOn = addDays(options.asOf, -rng.int(0, 120));
    const status = rng.weighted({
      submitted: 8,
      correction: 3,
      notAccepted: 2,
      reviewing: 17,
      delivered: 70,
    }) as CaseStatus;
    const acceptedOn =
      status === "reviewing" || status === "delivered" ? addWorkingDays(submittedOn, rng.int(0, 1)) : null;
    const late = rng.chance(0.06);
    let concludedOn: string | null = null;
    if (status === "delivered" && acceptedOn) {
      const days = late ? item.promisedDays + rng.int(1, 3) : rng.int(0, Math.max(0, item.promisedDays));
      const end = addWorkingDays(acceptedOn, days);
      concludedOn = end > options.asOf ? options.asOf : end;
    }
    const refused = status === "delivered" && rng.chance(0.05);
    yield {
      id: randomUUID(),
      caseNo: `JY${submittedOn.replaceAll("-", "")}${(i + (options.firstSerial ?? 0)).toString(16).toUpperCase().padStart(6, "0")}`,
      itemId: item.id,
      situationCode: item.situations.length > 0 ? rng.pick(item.situations).code : null,
      applicantId: i < (options.ownCases ?? 0) ? options.applicantId : null,
      channel: rng.chance(0.85) ? "online" : "counter",
      applicantName: name,
      handlingUnitId: unit.id,
      handlingUnitPath: unit.path,
      form: JSON.stringify({
        applicantName: name,
        idNumber: first17 + residentIdCheckChar(first17),
        phone: `139${rng.int(10_000_000, 99_999_999)}`,
      }),
      status,
      stepIndex: 0,
      outcome: status === "delivered" ? (refused ? "refused" : "approved") : null,
      reason: status === "notAccepted" ? "不属于本机关受理范围" : refused ? "申请条件不符合规定" : null,
      submittedOn,
      acceptedOn,
      concludedOn,
      limitDays: item.promisedDays,
      deadline: acceptedOn ? addWorkingDays(acceptedOn, item.promisedDays) : null,
      usedDays: acceptedOn && concludedOn ? countWorkingDays(acceptedOn, concludedOn) : null,
      visits: rng.chance(0.04) ? 2 : rng.chance(0.2) ? 1 : 0,
    };
  }
}

export async function catalogueItems(tx: Db): Promise<ItemRef[]> {
  return queryRows<ItemRef>(
    tx,
    sql`select id, code, handling_level as "handlingLevel", promised_days as "promisedDays", situations,
          owner_unit_id as "ownerUnitId" from service_items where status = 'published'`,
  );
}

/** The services hall: the default catalogue kept by 行政审批服务处, and a few hundred cases of 2019. */
export async function seedServicesHall(ctx: FeatureSeedContext): Promise<void> {
  const { tx, now, city } = ctx;
  const [owner] = await queryRows<{ id: string }>(tx, sql`select id from org_units where code = 'DIV-SP'`);
  const [parent] = await queryRows<{ id: string }>(tx, sql`select id from users where username = 'parent'`);
  if (!owner || !parent) return;
  await installDefaultCatalogue(tx, { ownerUnitId: owner.id, at: now });
  const items = await catalogueItems(tx);
  const units = await queryRows<UnitRef & { id: string; kind: string }>(
    tx,
    sql`select id, path, kind from org_units where kind = 'district' or id = ${owner.id}`,
  );
  const districts = units.filter((u) => u.kind === "district");
  const ownerUnit = units.find((u) => u.id === owner.id);
  if (!ownerUnit || districts.length === 0) return;
  const rows = [
    ...generateCases({
      seed: ctx.seed,
      count: 400,
      asOf: city.asOf,
      items,
      units: (item, rng) => (item.handlingLevel === "city" ? ownerUnit : rng.pick(districts)),
      applicantId: parent.id,
      ownCases: 3,
    }),
  ];
  await ctx.write("service_cases", "写入政务服务办件", SERVICE_CASES, rows);
  const rng = new Prng(ctx.seed, "services-ratings");
  const ratings = rows
    .filter((r) => r.status === "delivered" && rng.chance(0.7))
    .map((r) => {
      const rating = rng.weighted({ "5": 70, "4": 20, "3": 6, "2": 2, "1": 2 });
      const bad = Number(rating) <= 2;
      return {
        caseId: r.id,
        rating: Number(rating),
        comment: bad ? "办理时间比承诺的长，进度查询不方便" : null,
        due: bad && r.concludedOn ? addWorkingDays(r.concludedOn, 5) : null,
      };
    });
  await ctx.write("service_ratings", "写入好差评", SERVICE_RATINGS, ratings);
}
