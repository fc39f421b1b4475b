import { HONOUR_ROUND_STAGES } from "@edubureau/domain/teachers";
import { z } from "zod";

/** Response shapes of /api/honours (the OpenAPI document and the web's types come from them). */

const stage = z.enum(HONOUR_ROUND_STAGES);
const stageEntry = z.object({ stage, on: z.string(), note: z.string().optional() });

const roundFields = {
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  year: z.number(),
  seriesNo: z.number().nullable(),
  windowFrom: z.string(),
  windowTo: z.string(),
  stage,
  history: z.array(stageEntry),
};

export const roundSummary = z.object({ ...roundFields, nominees: z.number(), awarded: z.number() });
export const roundList = z.object({ items: z.array(roundSummary) });

export const nomineeSchema = z.object({
  teacherId: z.string(),
  name: z.string(),
  teacherNumber: z.string(),
  institutionName: z.string(),
  post: z.string(),
  selected: z.boolean(),
  awardedOn: z.string().nullable(),
});
export const roundDetail = z.object({ ...roundFields, nominees: z.array(nomineeSchema) });

export const roundCreated = z.object({ id: z.string(), title: z.string() });
export const nominated = z.object({ nominated: z.string() });
export const roundAdvanced = z.object({
  id: z.string(),
  stage,
  stageLabel: z.string(),
});

const studioFields = {
  id: z.string(),
  type: z.string(),
  name: z.string(),
  establishment: z.string(),
  year: z.number(),
  leaderId: z.string(),
  leaderName: z.string(),
  institutionName: z.string(),
};
export const studioSummary = z.object({
  ...studioFields,
  members: z.number(),
  assessments: z.array(z.object({ year: z.number(), grade: z.string() })),
});
export const studioList = z.object({ items: z.array(studioSummary) });

export const studioMember = z.object({
  teacherId: z.string(),
  teacherNumber: z.string(),
  name: z.string(),
  institutionName: z.string(),
  post: z.string(),
  title: z.string(),
  leader: z.boolean(),
});
export const studioDetail = z.object({
  ...studioFields,
  members: z.array(studioMember),
  assessments: z.array(z.object({ year: z.number(), grade: z.string(), note: z.string().nullable() })),
});

export const studioCreated = z.object({ id: z.string() });
export const membersAdded = z.object({ added: z.number() });
export const studioAssessed = z.object({
  id: z.string(),
  year: z.number(),
  grade: z.enum(["excellent", "pass", "fail"]),
  note: z.string().optional(),
});

export const intakeList = z.object({
  year: z.number(),
  items: z.array(
    z.object({ districtId: z.string(), districtName: z.string(), students: z.number().nullable() }),
  ),
  total: z.number(),
  target: z.object({ code: z.string(), value: z.number() }).nullable(),
});
export const intakeSaved = z.object({
  programme: z.string(),
  districtId: z.string(),
  year: z.number(),
  students: z.number(),
});
