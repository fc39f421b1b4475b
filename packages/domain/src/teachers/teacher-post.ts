import { labelledCodes } from "../labelled-codes.ts";

/** Posts a teacher record may hold: 教师, 校长, 园长 (kindergarten head), 教研员 (teaching researcher). */
export const { codes: TEACHER_POSTS, labels: TEACHER_POST_LABELS } = labelledCodes({
  teacher: "教师",
  principal: "校长",
  kindergartenHead: "园长",
  researcher: "教研员",
});
export type TeacherPost = (typeof TEACHER_POSTS)[number];

/** 编制 status as the registry records it; the same three kinds the registration rules distinguish. */
export const ESTABLISHMENT_LABELS = {
  publicInStaff: "编制内",
  publicOffStaff: "编外",
  privateInPost: "民办",
} as const;
