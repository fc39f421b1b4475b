import { z } from "zod";
import {
  ENROLMENT_STAGES,
  HOUSEHOLD_KINDS,
  RESIDENCE_KINDS,
  WINDOW_KINDS,
} from "@edubureau/domain/enrolment";
import { lotteryBundleSchema } from "@edubureau/domain/lottery";
import { isoDateTime, listQueryOf, namedSchema } from "../../http/zod-types.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD");
const mechanism = z.enum(["boston", "deferred-acceptance"], "录取方式只能是志愿优先或平行志愿");
const window = z.object({ start: isoDate, end: isoDate });
const calendar = z.object(
  Object.fromEntries(WINDOW_KINDS.map((k) => [k, window])) as Record<
    (typeof WINDOW_KINDS)[number],
    typeof window
  >,
);
/** An on-site number as recorded; `nonce` is revealed only for a number committed in the announcement. */
const revealedInput = z.object({ label: z.string(), value: z.string(), nonce: z.string().optional() });
const seedAnnouncement = z.object({
  digits: z.number("请填写随机数位数").int(),
  labels: z.array(z.string().trim()).min(1, "请至少列出一个现场随机数").max(10, "现场随机数最多 10 个"),
});

export const idParams = z.object({ id: z.uuid("编号格式不正确") });
export const roundParams = z.object({ roundId: z.uuid("招生轮次编号格式不正确") });

const roundFields = {
  name: z.string().trim().min(2, "请填写轮次名称").max(60, "轮次名称不能超过 60 个字"),
  maxChoices: z
    .number("请填写志愿数")
    .int("志愿数须为整数")
    .min(1, "至少 1 个志愿")
    .max(10, "最多 10 个志愿"),
  mechanism,
  secondMechanism: mechanism,
  partialUnit: z.enum(["skip", "stop"]).default("skip"),
  calendar,
  seedAnnouncement,
};

export const createRoundBody = z.object({
  year: z.number("请填写年度").int().min(2000, "年度不能早于 2000 年").max(2100, "年度不能晚于 2100 年"),
  stage: z.enum(ENROLMENT_STAGES, "学段只能是小学一年级或初中一年级"),
  ...roundFields,
});
export const updateRoundBody = z.object(roundFields);

export const roundSchema = z.object({
  id: z.uuid(),
  year: z.number(),
  stage: z.enum(ENROLMENT_STAGES),
  name: z.string(),
  code: z.string(),
  maxChoices: z.number(),
  mechanism,
  secondMechanism: mechanism,
  partialUnit: z.enum(["skip", "stop"]),
  calendar,
  seedAnnouncement: z.object({ digits: z.number(), labels: z.array(z.string()) }),
});

export const planSchema = z.object({
  institutionId: z.uuid(),
  code: z.string(),
  name: z.string(),
  ownership: z.string(),
  type: z.string(),
  district: z.object({ id: z.uuid(), name: z.string() }),
  places: z.number(),
  inLottery: z.boolean(),
  reservedPercent: z.number().nullable(),
});

export const roundDetail = roundSchema.extend({ plans: z.array(planSchema) });

export const planBody = z.object({
  institutionId: z.uuid("请选择学校"),
  places: z.number("请填写招生计划数").int("计划数须为整数").min(0, "计划数不能为负").max(100000),
  inLottery: z.boolean().default(false),
  reservedPercent: z
    .number()
    .int("预留比例须为整数")
    .min(0)
    .max(50, "预留比例不能超过 50%")
    .nullable()
    .default(null),
});

const GUARDIAN_RELATIONS = ["father", "mother", "grandparent", "other"] as const;

const child = z.object({
  name: z.string().trim().min(1, "请填写孩子姓名").max(30),
  sex: z.enum(["male", "female"], "请选择性别"),
  birthDate: isoDate,
  idNumber: z.string().trim().min(1, "请填写身份证号码或学籍号").max(19, "证件号码过长"),
});

export const applyBody = z.object({
  roundId: z.uuid("请选择招生轮次"),
  districtId: z.uuid("请选择户籍所在区县"),
  household: z.enum(HOUSEHOLD_KINDS, "请选择户籍类别"),
  residence: z.enum(RESIDENCE_KINDS, "请选择居住类别"),
  children: z.array(child).min(1, "请填写报名的孩子").max(4, "多胞胎一同报名最多 4 人"),
  choices: z.array(z.string().trim().min(1)).min(1, "请至少填报一个志愿学校").max(10),
  /** Who the school and the district call about this application; the web form requires it. */
  guardian: z
    .object({
      name: z.string().trim().min(2, "请填写监护人姓名").max(30, "监护人姓名不能超过 30 个字"),
      relation: z.enum(GUARDIAN_RELATIONS, "请选择与孩子的关系"),
      phone: z.string().trim().max(20, "手机号应为 11 位中国大陆手机号码"),
      address: z.string().trim().min(5, "请填写详细的现居住地址").max(120, "地址不能超过 120 个字"),
    })
    .optional(),
  /** 承诺: the parent confirms the information is true; once given it is recorded with its time. */
  pledged: z.literal(true, "请阅读并勾选承诺").optional(),
});

export const choicesBody = z.object({ choices: z.array(z.string().trim().min(1)).max(10) });

const placement = z.union([
  z.object({
    kind: z.literal("admitted"),
    phase: z.number(),
    school: z.string(),
    schoolName: z.string().optional(),
  }),
  z.object({
    kind: z.literal("declined"),
    phase: z.number(),
    school: z.string(),
    schoolName: z.string().optional(),
  }),
  z.object({
    kind: z.literal("waiting"),
    phase: z.number(),
    school: z.string(),
    position: z.number(),
    schoolName: z.string().optional(),
  }),
  z.object({ kind: z.literal("unplaced"), phase: z.number() }),
  z.object({ kind: z.literal("none") }),
]);

const childView = z.object({
  number: z.string(),
  name: z.string(),
  sex: z.enum(["male", "female"]),
  birthDate: z.string(),
  idNumber: z.string(),
});

const applicationFields = {
  id: z.uuid(),
  roundId: z.uuid(),
  number: z.string(),
  district: z.object({ id: z.uuid(), name: z.string() }),
  household: z.enum(HOUSEHOLD_KINDS),
  residence: z.enum(RESIDENCE_KINDS),
  choices: z.array(z.string()),
  secondChoices: z.array(z.string()).nullable(),
  status: z.enum(["submitted", "approved", "returned", "withdrawn"]),
  returnReason: z.string().nullable(),
  reviewedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  /** Null for applications made before guardians were asked for; the phone is masked except for the parent. */
  guardian: z
    .object({ name: z.string(), relation: z.string(), phone: z.string(), address: z.string() })
    .nullable(),
  pledgedAt: isoDateTime.nullable(),
};

export const myApplication = z.object({
  ...applicationFields,
  children: z.array(childView.extend({ placement })),
});
export const myApplications = z.object({ items: z.array(myApplication) });
export const reviewApplication = z.object({ ...applicationFields, children: z.array(childView) });

/** Columns the review list sorts on (报名号 by default). */
export const REVIEW_SORT_KEYS = ["number", "submittedAt", "status", "household", "district"] as const;

export const reviewQuery = z.object({
  roundId: z.uuid("请选择招生轮次"),
  status: z.enum(["submitted", "approved", "returned", "withdrawn"]).optional(),
  q: z.string().trim().max(20).optional(),
  /** districtId: the applicant's district; institutionId: a school among the choices. */
  ...listQueryOf(REVIEW_SORT_KEYS, "number"),
});
export const reviewList = z.object({ items: z.array(reviewApplication), total: z.number() });
export const returnBody = z.object({
  reason: z.string().trim().min(2, "请填写退回原因").max(200, "退回原因不能超过 200 个字"),
});
export const personalList = z.object({
  items: z.array(
    z.object({ number: z.string(), name: z.string(), idNumber: z.string(), birthDate: z.string() }),
  ),
});

const publicValue = z.object({
  label: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z_-]{1,40}$/, "公开数值标识只能由字母、数字、“-”或“_”组成"),
  digits: z.number("请填写公开数值的位数").int().min(1, "位数至少为 1").max(40, "位数不能超过 40"),
  source: z.string().trim().min(6, "请写明公开数值的来源和取值方法").max(200, "来源说明不能超过 200 个字"),
  availableAt: z.iso.datetime({ offset: true, message: "请填写公开数值的公布时间" }),
});
export const freezeBody = z.object({
  phase: z.union([z.literal(1), z.literal(2)], "轮次只能是第一轮或第二轮"),
  earliestDrawAt: z.iso.datetime({ offset: true, message: "请填写最早派位时间" }),
  publicValues: z.array(publicValue).min(1, "种子须包含至少一个派位机构无法控制的公开数值"),
  /** Digests handed over by whoever brings an on-site number, published in the announcement. */
  commitments: z
    .array(
      z.object({
        label: z.string().trim(),
        digest: z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[0-9a-f]{64}$/, "承诺应为 64 位十六进制 SHA-256 摘要"),
      }),
    )
    .max(10)
    .optional(),
});
const seedInputs = z
  .array(
    z.object({
      label: z.string().trim(),
      value: z.string().trim(),
      nonce: z.string().trim().min(1).max(64).optional(),
    }),
  )
  .min(1, "请录入现场产生的随机数");
export const runBody = z.object({ seedInputs });
export const redrawBody = z.object({
  reason: z.string().trim().min(10, "请写明重新派位的原因（至少 10 个字）").max(500),
  seedInputs,
});

export const drawSchema = z.object({
  id: z.uuid(),
  phase: z.number(),
  status: z.enum(["frozen", "drawn", "published", "superseded"]),
  label: z.string(),
  mechanism,
  applicants: z.number(),
  lists: z.array(
    z.object({ school: z.string(), quota: z.number(), applicants: z.number(), digest: z.string() }),
  ),
  seedInputs: z.array(revealedInput).nullable(),
  seed: z.string().nullable(),
  admitted: z.number().nullable(),
  unplaced: z.number().nullable(),
  redrawReason: z.string().nullable(),
  frozenAt: isoDateTime,
  drawnAt: isoDateTime.nullable(),
  publishedAt: isoDateTime.nullable(),
});
export const drawList = z.object({ items: z.array(drawSchema) });

export const statisticsSchema = z.object({
  applicants: z.number(),
  schools: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      district: z.string(),
      places: z.number(),
      firstChoice: z.number(),
      anyChoice: z.number(),
      ratio: z.number().nullable(),
    }),
  ),
  districts: z.array(
    z.object({
      name: z.string(),
      places: z.number(),
      firstChoice: z.number(),
      ratio: z.number().nullable(),
      applicantsFromDistrict: z.number(),
    }),
  ),
});

// Public (no sign-in): masked people only.
const maskedPerson = z.object({ number: z.string(), name: z.string(), idNumber: z.string() });

export const publicRounds = z.object({
  items: z.array(
    roundSchema.extend({ phases: z.array(z.object({ phase: z.number(), status: z.string() })) }),
  ),
});
export const publicSchools = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      district: z.string(),
      /** Places in the lottery: planned less the reserved share. */
      places: z.number(),
      plannedPlaces: z.number(),
      reservedPlaces: z.number(),
      reservedPercent: z.number().nullable(),
    }),
  ),
});
export const phaseParams = roundParams.extend({ phase: z.coerce.number().int().min(1).max(2) });
export const schoolParams = phaseParams.extend({ school: z.string().max(40) });
export const frozenListsSchema = z.object({
  phase: z.number(),
  status: z.string(),
  frozenAt: isoDateTime,
  lists: lotteryBundleSchema.shape.rounds.element.shape.lists,
});
const ledgerSchool = z.object({
  school: z.string(),
  name: z.string(),
  plannedPlaces: z.number(),
  reservedPlaces: z.number(),
  places: z.number(),
  admitted: z.number(),
  free: z.number(),
  waiting: z.number(),
});
export const resultsSummary = z.object({
  figures: z.object({
    schools: z.array(ledgerSchool),
    places: z.number(),
    admitted: z.number(),
    free: z.number(),
    applicants: z.number(),
    unplaced: z.number(),
    declined: z.number(),
  }),
  items: z.array(
    z.object({
      phase: z.number(),
      publishedAt: isoDateTime.nullable(),
      seed: z.string(),
      seedInputs: z.array(revealedInput),
      schools: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          district: z.string(),
          quota: z.number(),
          oversubscribed: z.boolean(),
          admitted: z.number(),
          waiting: z.number(),
        }),
      ),
      unplaced: z.number(),
      moves: z.number(),
      redraws: z.array(z.object({ reason: z.string(), at: isoDateTime, seed: z.string() })),
    }),
  ),
});
const announcementSchema = lotteryBundleSchema.shape.rounds.element.shape;
export const announcementsSchema = z.object({
  items: z.array(
    z.object({
      phase: z.number(),
      algorithmVersion: z.string(),
      round: z.string(),
      mechanism,
      partialUnit: z.enum(["skip", "stop"]),
      lists: z.array(
        z.object({ school: z.string(), quota: z.number(), applicants: z.number(), digest: z.string() }),
      ),
      seedAnnouncement: announcementSchema.seedAnnouncement,
      earliestDrawAt: z.string(),
      publishedAt: z.string(),
      digest: z.string(),
    }),
  ),
});
export const schoolResults = z.object({
  phase: z.number(),
  school: z.string(),
  name: z.string(),
  drawnAdmitted: z.array(maskedPerson),
  admitted: z.array(maskedPerson),
  waiting: z.array(maskedPerson),
  moves: z.array(
    maskedPerson.extend({
      kind: z.enum(["declined", "promoted"]),
      school: z.string(),
      from: z.string().nullable().optional(),
    }),
  ),
});
export const searchQuery = z.object({
  number: z.string().trim().min(1, "请输入报名号").max(20, "报名号格式不正确"),
});
export const searchResult = z.object({
  round: z.object({ id: z.uuid(), name: z.string(), year: z.number() }),
  number: z.string(),
  status: z.enum(["submitted", "approved", "returned", "withdrawn"]),
  published: z.boolean(),
  children: z.array(maskedPerson.extend({ placement })),
});
export const bundleSchema = lotteryBundleSchema;
export const publicDistricts = z.object({
  items: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
});

namedSchema("EnrolmentApplication", myApplication);
