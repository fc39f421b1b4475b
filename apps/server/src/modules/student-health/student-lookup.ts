import type { Db } from "../../db/database.ts";
import { rollFactsByNumber } from "../students/students.read-model.ts";
import type { StudentFacts } from "./screening-check.ts";

/** Students by 学籍号 within a scope (the roll's read model); numbers outside it are simply absent. */
export async function lookupStudents(
  db: Db,
  scopePath: string,
  studentNos: readonly string[],
): Promise<Map<string, StudentFacts>> {
  const wanted = [...new Set(studentNos.filter((n) => n !== ""))];
  const rows = await rollFactsByNumber(db, scopePath, wanted);
  return new Map(rows.map(({ studentNo, ...facts }) => [studentNo, facts]));
}
