import { ruralExperience } from "@edubureau/domain/teachers";
import { sql } from "drizzle-orm";
import {
  generateAnnualReviews,
  generateTeachers,
  type SyntheticTeacher,
} from "../../../../tools/synthetic-city/teachers.ts";
import { generateHonours } from "../../../../tools/synthetic-city/teachers-honours.ts";
import {
  generateCycleCredits,
  generatePlanTraining,
  type SyntheticCredit,
} from "../../../../tools/synthetic-city/teachers-training.ts";
import { queryRows } from "../db/database.ts";
import type { FeatureSeed } from "./feature-seed.ts";
import * as specs from "./teachers-tables.ts";

/** Rows handed to the bulk writer at once: the 2 million credit rows of the city are streamed in slices. */
const SLICE = 200_000;

function* slices<T>(rows: Iterable<T>): Generator<T[]> {
  let slice: T[] = [];
  for (const row of rows) {
    slice.push(row);
    if (slice.length >= SLICE) {
      yield slice;
      slice = [];
    }
  }
  if (slice.length > 0) yield slice;
}

/**
 * Teachers of every school (≈95,000 at city scale, a few hundred in the demo) with their cycle's 年度考核 and
 * training hours (≈2.1 million credit records at city scale), the 2019 plan's programmes, selections,
 * studios and 公费师范生 intake filled part-way, and the demo `teacher` account linked to a teacher of the
 * demo school. Registration dates are placed around the seed's year so its registration list is live.
 */
export const seedTeachers: FeatureSeed = async ({ tx, city, scale, seed, now, write }) => {
  const registrationYear = now.getUTCFullYear();
  const asOf = now.toISOString().slice(0, 10);
  const teachers = generateTeachers({
    seed,
    scale,
    districts: city.districts,
    institutions: city.institutions,
    accountSchoolId: city.accountSchoolId,
    registrationYear,
  });
  // The demo account's teacher: 刘老师, due this year and a little short of hours.
  const demo = teachers.find((t) => t.institutionId === city.accountSchoolId && t.post === "teacher");
  if (demo)
    Object.assign(demo, {
      name: "刘老师",
      registeredOn: `${registrationYear - 5}-09-01`,
      subject: "语文",
      stage: "primary",
    });
  const schoolName = new Map(city.institutions.map((i) => [i.id, i.name]));
  await write("teachers", "写入教师名录", specs.TEACHERS, teachers);
  await write(
    "teacher_postings",
    "写入任教经历",
    specs.TEACHER_POSTINGS,
    teachers.map((t) => ({ ...t, schoolName: schoolName.get(t.institutionId) ?? "" })),
  );
  await write("teacher_annual_reviews", "写入年度考核", specs.ANNUAL_REVIEWS, [
    ...generateAnnualReviews(seed, teachers, registrationYear),
  ]);

  const [division] = await queryRows<{ id: string }>(tx, sql`select id from org_units where code = 'DIV-JS'`);
  const organiserId = division?.id ?? city.city.id;
  const plan = generatePlanTraining({ seed, scale, teachers });
  await write(
    "training_programmes",
    "写入培训项目",
    specs.PROGRAMMES,
    plan.programmes.map((p) => ({ ...p, organiserId })),
  );
  await write("training_enrolments", "写入培训报名", specs.ENROLMENTS, plan.enrolments);
  await write("training_credits", "写入培训学时", specs.CREDITS, plan.credits);
  const cycle: Iterable<SyntheticCredit> = generateCycleCredits(seed, teachers, asOf);
  for (const slice of slices(cycle)) await write("training_credits", "写入培训学时", specs.CREDITS, slice);

  const honours = generateHonours({ seed, teachers, districts: city.districts });
  await write("honour_rounds", "写入评选", specs.ROUNDS, honours.rounds);
  await write("honour_nominations", "写入评选人选", specs.NOMINATIONS, honours.nominations);
  await write("teacher_studios", "写入工作室", specs.STUDIOS, honours.studios);
  await write(
    "teacher_studio_members",
    "写入工作室成员",
    specs.STUDIO_MEMBERS,
    honours.studios.map((s) => ({ studioId: s.id, teacherId: s.leaderId })),
  );
  await write("normal_student_intakes", "写入公费师范生", specs.INTAKES, honours.intakes);

  if (demo) {
    await tx.execute(
      sql`update teachers set user_id = (select id from users where username = 'teacher') where id = ${demo.id}`,
    );
  }
  await seedRuralApplications(tx, city, teachers, demo, asOf, now);
};

/**
 * 芙蓉区 is all city schools, so some of its demo teachers get a two-year 支教 stint at a village primary
 * school (a posting beside their own): two (公办编外/民办, by teacher number) have applied for 农村(薄弱)
 * 学校任教经历认定 and wait in the district's (account furong) queue, and 刘老师 can apply from her page.
 */
const DEMO_RURAL_DISTRICT = "430102";
const DEMO_RURAL_APPLICATIONS = 2;

async function seedRuralApplications(
  tx: Parameters<FeatureSeed>[0]["tx"],
  city: Parameters<FeatureSeed>[0]["city"],
  teachers: readonly SyntheticTeacher[],
  demo: SyntheticTeacher | undefined,
  asOf: string,
  now: Date,
): Promise<void> {
  const district = city.districts.find((d) => d.code === DEMO_RURAL_DISTRICT);
  const villageSchools = city.institutions
    .filter((i) => i.tier === "village")
    .sort((a, b) => a.code.localeCompare(b.code));
  const village = villageSchools.find((i) => i.type === "primary") ?? villageSchools[0];
  const [applicant] = await queryRows<{ id: string }>(
    tx,
    sql`select id from users where username = 'furong'`,
  );
  if (!district || !village || !applicant) return;
  const applicants = teachers
    .filter((t) => t.districtId === district.id && t.employment !== "publicInStaff" && t !== demo)
    .sort((a, b) => a.teacherNumber.localeCompare(b.teacherNumber))
    .slice(0, DEMO_RURAL_APPLICATIONS);
  const stint = (t: SyntheticTeacher) => {
    const year = Number(t.firstRegisteredOn.slice(0, 4)) + 1;
    return { from: `${year}-09-01`, to: `${year + 2}-07-15` };
  };
  for (const teacher of demo ? [...applicants, demo] : applicants) {
    const { from, to } = stint(teacher);
    if (to > asOf) continue;
    await tx.execute(
      sql`insert into teacher_postings (teacher_id, school_name, from_date, to_date, rural)
          values (${teacher.id}, ${`${village.name}（支教）`}, ${from}, ${to}, true)`,
    );
  }
  for (const [index, teacher] of applicants.entries()) {
    const { from, to } = stint(teacher);
    if (to > asOf) continue;
    const result = ruralExperience({
      postings: [{ school: village.name, from, to, ruralOrWeak: true }],
      employment: teacher.employment,
      asOf,
    });
    // A day apart, so the queue has an order.
    const appliedAt = new Date(now.getTime() - (applicants.length - index) * 86_400_000);
    await tx.execute(
      sql`insert into rural_experience_recognitions
            (teacher_id, as_of, total_months, total_days, periods, basis, message, applied_by, applied_at)
          values (${teacher.id}, ${asOf}, ${result.totalMonths}, ${result.totalDays},
            ${JSON.stringify(result.periods)}::jsonb, ${result.basis}, ${result.message}, ${applicant.id}, ${appliedAt})`,
    );
  }
}
