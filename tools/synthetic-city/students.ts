import { residentIdCheckChar } from "@edubureau/domain/identity";
import type { SyntheticCity } from "./model.ts";
import { deterministicId, Prng } from "./prng.ts";
import { studentHealthOf, type SyntheticFitness, type SyntheticScreening } from "./students-health.ts";

/**
 * Students of the generated classes (学籍), one per seat of each 1st–12th-grade class of the current school
 * year, with a vision screening and a fitness test for each school year they were at school in `years`.
 * Pure and deterministic: every class draws from `new Prng(seed, "students", class.id)`. A generator, so a
 * city of 1.3 million students never sits in memory at once.
 */
export interface SyntheticStudent {
  id: string;
  studentNo: string;
  idNumber: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  institutionId: string;
  districtId: string;
  unitPath: string;
  grade: number;
  gradeYear: string;
  className: string;
}

export interface SyntheticStudentYear {
  schoolYear: string;
  grade: number;
  screening: SyntheticScreening;
  fitness: SyntheticFitness;
}

export interface SyntheticStudentRows {
  student: SyntheticStudent;
  years: SyntheticStudentYear[];
}

export interface StudentsOptions {
  /** The school year of the classes to fill ("2019-2020"). */
  currentYear: string;
  /** School years to give results for, current included (e.g. ["2018-2019", "2019-2020"]). */
  years: readonly string[];
  /** Only these schools (demo scale); every school when omitted. */
  institutionIds?: ReadonlySet<string>;
}

// prettier-ignore
const SURNAMES = ["王","李","张","刘","陈","杨","黄","赵","周","吴","徐","孙","胡","朱","高","林","何","郭","马","罗","梁","宋","郑","谢","韩","唐","冯","于","董","萧","程","曹","袁","邓","许","傅","沈","曾","彭","吕","苏","卢","蒋","蔡","贾","丁","魏","薛","叶","阎","余","潘","杜","戴","夏","钟","汪","田","任","姜","范","方","石","姚","谭","廖","邹","熊","金","陆","郝","孔","白","崔","康","毛","邱","秦","江","史","顾","侯","邵","孟","龙","万","段","雷","钱","汤","尹","黎","易","常","武","乔","贺","赖","龚","文"];
// prettier-ignore
const GIVEN = ["子","涵","梓","轩","浩","宇","一","诺","欣","怡","雨","泽","思","睿","博","文","佳","琪","俊","杰","晨","阳","鑫","悦","可","馨","宸","铭","昊","然","嘉","乐","天","瑞","雅","婷","明","辰","安","语","若","瑶","奕","凯","逸","晗","沐","依","皓","航"];

function isoDay(epochDay: number): string {
  return new Date(epochDay * 86_400_000).toISOString().slice(0, 10);
}

const EPOCH_DAY = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

export function* studentsOf(
  city: SyntheticCity,
  seed: number,
  options: StudentsOptions,
): Generator<SyntheticStudentRows> {
  const start = Number(options.currentYear.slice(0, 4));
  const schools = new Map(city.institutions.map((i) => [i.id, i]));
  const districtCode = new Map(city.districts.map((d) => [d.id, d.code]));
  const districtIndex = new Map(city.districts.map((d, i) => [d.id, i]));
  /** Next 顺序码 per district and birth date, so every ID number is unique. */
  const sequence = new Map<string, number>();
  for (const schoolClass of city.classes) {
    if (schoolClass.schoolYear !== options.currentYear || schoolClass.grade < 1 || schoolClass.grade > 12)
      continue;
    if (options.institutionIds && !options.institutionIds.has(schoolClass.institutionId)) continue;
    const school = schools.get(schoolClass.institutionId);
    if (!school) continue;
    const region = districtCode.get(school.districtId) ?? "430100";
    const rng = new Prng(seed, "students", schoolClass.id);
    const grade = schoolClass.grade;
    // Grade 1 of 2019-2020 was born 2012-09-01 … 2013-08-31 (six by 1 September).
    const firstBirthDay = EPOCH_DAY(start - 6 - grade, 9, 1);
    for (let seat = 0; seat < schoolClass.students; seat++) {
      const sex = rng.chance(0.52) ? "male" : "female";
      const birthDate = isoDay(firstBirthDay + rng.int(0, 364));
      const seqKey = `${region}${birthDate}`;
      const n = sequence.get(seqKey) ?? 0;
      sequence.set(seqKey, n + 1);
      // 顺序码: two digits, then an odd digit for boys and an even one for girls (GB 11643-1999).
      const order = `${String(Math.floor(n / 5) % 100).padStart(2, "0")}${(n % 5) * 2 + (sex === "male" ? 1 : 0)}`;
      const first17 = `${region}${birthDate.replaceAll("-", "")}${order}`;
      const idNumber = first17 + residentIdCheckChar(first17);
      const id = deterministicId(seed, "student", `${schoolClass.id}:${seat}`);
      const name = rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : "");
      const student: SyntheticStudent = {
        id,
        studentNo: `G${idNumber}`,
        idNumber,
        name,
        sex,
        birthDate,
        institutionId: school.id,
        districtId: school.districtId,
        unitPath: school.path,
        grade,
        gradeYear: options.currentYear,
        className: schoolClass.name,
      };
      const years: SyntheticStudentYear[] = [];
      for (const year of options.years) {
        const yearGrade = grade - (start - Number(year.slice(0, 4)));
        if (yearGrade < 1) continue;
        const health = studentHealthOf(rng, {
          sex,
          grade: yearGrade,
          birthDate,
          yearStart: Number(year.slice(0, 4)),
          // Districts differ a little, and the rate falls a point a year (防控 working).
          myopiaShift:
            ((districtIndex.get(school.districtId) ?? 0) % 5) * 0.015 +
            (start - Number(year.slice(0, 4))) * 0.012,
        });
        years.push({ schoolYear: year, grade: yearGrade, ...health });
      }
      yield { student, years };
    }
  }
}
