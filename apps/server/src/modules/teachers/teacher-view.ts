import { maskBirthDate, maskIdNumber } from "@edubureau/domain/identity";
import type { TeacherRow } from "./teachers.queries.ts";
import type { TeacherView } from "./teachers.schemas.ts";

/** What a page shows of a teacher: the ID number masked (430102********1234), the birth year only. */
export function teacherView(row: TeacherRow): TeacherView {
  return {
    id: row.id,
    teacherNumber: row.teacherNumber,
    name: row.name,
    sex: row.sex,
    birthDate: maskBirthDate(row.birthDate),
    idNumber: maskIdNumber(row.idNumber),
    institution: { id: row.institutionId, name: row.institutionName },
    district: { id: row.districtId, name: row.districtName },
    post: row.post,
    subject: row.subject,
    stage: row.stage,
    title: row.title,
    employment: row.employment,
    qualification: {
      type: row.qualificationType,
      subject: row.qualificationSubject,
      number: row.qualificationNumber,
      firstRegisteredOn: row.firstRegisteredOn,
    },
    registeredOn: row.registeredOn,
    linkedAccount: row.userId !== null,
  };
}

/** Audit snapshot: never the full ID number. */
export function teacherSnapshot(row: TeacherRow) {
  const { idNumber, userId, ...rest } = row;
  return { ...rest, idNumber: maskIdNumber(idNumber), linkedAccount: userId !== null };
}
