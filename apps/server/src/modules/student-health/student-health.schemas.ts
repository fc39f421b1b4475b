import { z } from "zod";

const rates = z.object({
  screened: z.number(),
  myopiaRate: z.number().nullable(),
  poorVisionRate: z.number().nullable(),
  tested: z.number(),
  passRate: z.number().nullable(),
  goodRate: z.number().nullable(),
  excellentRate: z.number().nullable(),
  bmiScreened: z.number(),
  overweightRate: z.number().nullable(),
  obesityRate: z.number().nullable(),
});

const childLine = z.object({
  id: z.string(),
  name: z.string(),
  current: rates,
  previous: rates.nullable(),
  myopiaChange: z.number().nullable(),
  goodRateChange: z.number().nullable(),
});

export const reportQuery = z.object({
  unitId: z.uuid().optional(),
  schoolYear: z
    .string()
    .regex(/^\d{4}-\d{4}$/, "学年格式应为 2019-2020")
    .optional(),
});

export const monitoringReport = z.object({
  unit: z.object({ id: z.string(), name: z.string(), kind: z.string(), path: z.string() }),
  schoolYear: z.string(),
  previousYear: z.string(),
  overall: z.object({ current: rates, previous: rates.nullable() }),
  bySex: z.array(z.object({ sex: z.enum(["male", "female"]), current: rates, previous: rates.nullable() })),
  byGrade: z.array(
    z.object({
      grade: z.number(),
      gradeLabel: z.string(),
      sex: z.enum(["all", "male", "female"]),
      current: rates,
      previous: rates.nullable(),
    }),
  ),
  childKind: z.enum(["district", "school"]).nullable(),
  children: z.array(childLine),
  largestChanges: z.object({ myopia: z.array(childLine), goodRate: z.array(childLine) }),
  trend: z.array(z.object({ schoolYear: z.string(), rates })),
  targets: z.object({
    myopiaThisYear: z.number().nullable(),
    myopiaBaseline: z.number().nullable(),
    myopia2030: z.object({ age6: z.number(), primary: z.number(), junior: z.number(), senior: z.number() }),
    goodRate2022: z.number(),
    goodRate2030: z.number(),
    goodRateThisYear: z.number().nullable(),
  }),
});

export const healthRecord = z.object({
  student: z.object({
    name: z.string(),
    sex: z.enum(["male", "female"]),
    gradeLabel: z.string(),
    className: z.string(),
    institutionName: z.string(),
  }),
  screenings: z.array(
    z.object({
      screenedOn: z.string(),
      schoolYear: z.string(),
      gradeLabel: z.string(),
      acuityRight: z.number().nullable(),
      acuityLeft: z.number().nullable(),
      seRight: z.number().nullable(),
      seLeft: z.number().nullable(),
      correction: z.string(),
      worseClass: z.string().nullable(),
      myopia: z.string(),
      myopic: z.boolean(),
    }),
  ),
  fitness: z.array(
    z.object({
      schoolYear: z.string(),
      testedOn: z.string(),
      gradeLabel: z.string(),
      heightCm: z.number().nullable(),
      weightKg: z.number().nullable(),
      bmi: z.number().nullable(),
      weightStatus: z.string().nullable(),
      items: z.array(
        z.object({ label: z.string(), value: z.number().nullable(), score: z.number().nullable() }),
      ),
      weighted: z.number(),
      bonus: z.number(),
      total: z.number(),
      band: z.string(),
    }),
  ),
  graduation: z.object({ score: z.number(), band: z.string() }).nullable(),
});

export const studentParams = z.object({ id: z.uuid() });

export const lookupBody = z.object({
  name: z.string().trim().min(1, "请填写孩子姓名").max(40),
  idNumber: z.string().trim().min(15, "请填写18位身份证号").max(18, "请填写18位身份证号"),
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "出生日期格式应为 2012-09-01"),
});

export const kindParams = z.object({ kind: z.enum(["screening", "fitness"]) });

/** roster=true lists the students in scope (学籍号, 姓名) below the header; by default the template is empty. */
export const templateQuery = z.object({ roster: z.stringbool().optional() });

/** A report made as a job: the same choice of unit and year, and the file format. */
export const reportJobBody = reportQuery.extend({ format: z.enum(["docx", "xlsx"]).default("docx") });
