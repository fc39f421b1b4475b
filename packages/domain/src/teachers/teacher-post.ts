/** Posts a teacher record may hold: 教师, 校长, 园长 (kindergarten head), 教研员 (teaching researcher). */
export const TEACHER_POSTS = ["teacher", "principal", "kindergartenHead", "researcher"] as const;
export type TeacherPost = (typeof TEACHER_POSTS)[number];

export const TEACHER_POST_LABELS: Record<TeacherPost, string> = {
  teacher: "教师",
  principal: "校长",
  kindergartenHead: "园长",
  researcher: "教研员",
};

/** 编制 status as the registry records it; the same three kinds the registration rules distinguish. */
export const ESTABLISHMENT_LABELS = {
  publicInStaff: "编制内",
  publicOffStaff: "编外",
  privateInPost: "民办",
} as const;
