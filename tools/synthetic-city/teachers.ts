import type { EmploymentKind, TeacherPost, TeacherTitle, TeachingStage } from "@edubureau/domain/teachers";
import { residentIdCheckChar } from "@edubureau/domain/identity";
import type { InstitutionType } from "@edubureau/domain/registry";
import { addDays } from "./dates.ts";
import type { District, Institution, ScaleName } from "./model.ts";
import { deterministicId, Prng } from "./prng.ts";

/** One generated teacher; `registeredOn` is placed so about a fifth fall due in the registration year. */
export interface SyntheticTeacher {
  id: string;
  teacherNumber: string;
  name: string;
  sex: "male" | "female";
  birthDate: string;
  idNumber: string;
  institutionId: string;
  districtId: string;
  post: TeacherPost;
  subject: string;
  stage: TeachingStage;
  title: TeacherTitle;
  employment: EmploymentKind;
  qualificationType: string;
  qualificationNumber: string;
  firstRegisteredOn: string;
  registeredOn: string;
  rural: boolean;
}

/** Teachers per school at city scale (about 91,600 in all, near Changsha's 2019 专任教师 count). */
const CITY_TEACHERS: Record<InstitutionType, number> = {
  kindergarten: 17,
  primary: 50,
  junior: 55,
  nine_year: 80,
  complete_secondary: 130,
  senior: 100,
  secondary_vocational: 70,
  special: 25,
  higher_vocational: 110,
  out_of_school: 8,
  community_learning_centre: 0,
};

const STAGES: Record<InstitutionType, readonly TeachingStage[]> = {
  kindergarten: ["kindergarten"],
  primary: ["primary"],
  junior: ["junior"],
  nine_year: ["primary", "junior"],
  complete_secondary: ["junior", "senior"],
  senior: ["senior"],
  secondary_vocational: ["vocational"],
  special: ["special"],
  higher_vocational: ["vocational"],
  out_of_school: ["primary"],
  community_learning_centre: [],
};

const QUALIFICATION: Record<TeachingStage, string> = {
  kindergarten: "幼儿园教师资格",
  primary: "小学教师资格",
  junior: "初级中学教师资格",
  senior: "高级中学教师资格",
  vocational: "中等职业学校教师资格",
  special: "小学教师资格",
};

const SUBJECTS = [
  "语文",
  "数学",
  "英语",
  "物理",
  "化学",
  "生物",
  "道德与法治",
  "历史",
  "地理",
  "音乐",
  "体育",
  "美术",
  "信息技术",
  "科学",
];
const SURNAMES =
  "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN =
  "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲建国新宇晨欣怡婷雪琳慧佳俊峰浩然思雨梓涵子轩";

export interface TeacherGenerationOptions {
  seed: number;
  scale: ScaleName;
  districts: readonly District[];
  institutions: readonly Institution[];
  accountSchoolId: string;
  /** The year the district registers teachers in (the seed's year). */
  registrationYear: number;
}

function teachersAt(institution: Institution, options: TeacherGenerationOptions): number {
  if (options.scale === "city") return CITY_TEACHERS[institution.type];
  if (institution.id === options.accountSchoolId) return 24;
  return CITY_TEACHERS[institution.type] === 0 ? 0 : 4;
}

export function generateTeachers(options: TeacherGenerationOptions): SyntheticTeacher[] {
  const districtCode = new Map(options.districts.map((d) => [d.id, d.code]));
  const serials = new Map<string, number>();
  const teachers: SyntheticTeacher[] = [];
  const y = options.registrationYear;
  for (const institution of options.institutions) {
    const stages = STAGES[institution.type];
    const count = teachersAt(institution, options);
    if (stages.length === 0 || count === 0) continue;
    const prng = new Prng(options.seed, "teachers", institution.id);
    const code = districtCode.get(institution.districtId) ?? "430102";
    for (let i = 0; i < count; i++) {
      const serial = (serials.get(code) ?? 0) + 1;
      serials.set(code, serial);
      const sex = prng.chance(0.72) ? "female" : "male";
      // Unique ID numbers: one birth day per serial within 12,000 days, the order code carries the rest.
      const birthDate = addDays("1965-01-01", (serial * 7) % 12_000);
      const order = String(Math.floor(serial / 12_000) * 2 + (sex === "male" ? 1 : 0) + 10).padStart(3, "0");
      const first17 = `${code}${birthDate.replaceAll("-", "")}${order}`;
      const stage = prng.pick(stages);
      const head =
        i === 0 ? (institution.type === "kindergarten" ? "kindergartenHead" : "principal") : "teacher";
      const firstYear = Math.max(Number(birthDate.slice(0, 4)) + 23, 1990);
      // A cycle opened in one of the five years before the registration year: a fifth are due in it.
      const registeredYear = y - 5 + (serial % 5);
      teachers.push({
        id: deterministicId(options.seed, "teacher", `${code}-${serial}`),
        teacherNumber: `${code}${String(serial).padStart(8, "0")}`,
        name:
          prng.pick([...SURNAMES]) + prng.pick([...GIVEN]) + (prng.chance(0.6) ? prng.pick([...GIVEN]) : ""),
        sex,
        birthDate,
        idNumber: first17 + residentIdCheckChar(first17),
        institutionId: institution.id,
        districtId: institution.districtId,
        post: head,
        subject: stage === "kindergarten" ? "学前教育" : prng.pick(SUBJECTS),
        stage,
        title: prng.weighted({ unranked: 6, third: 4, second: 35, first: 38, senior: 16, fullSenior: 1 }),
        employment:
          institution.ownership === "private"
            ? "privateInPost"
            : prng.chance(0.12)
              ? "publicOffStaff"
              : "publicInStaff",
        qualificationType: QUALIFICATION[stage],
        qualificationNumber: `${firstYear}${code}${String(serial).padStart(8, "0")}`,
        firstRegisteredOn: `${Math.min(firstYear + 1, registeredYear)}-09-01`,
        registeredOn: `${registeredYear}-${String(1 + (serial % 12)).padStart(2, "0")}-15`,
        rural: institution.tier === "town" || institution.tier === "village",
      });
    }
  }
  return teachers;
}

/** 年度考核 of each year of a teacher's cycle so far; a few 基本合格 and 不合格. */
export function* generateAnnualReviews(
  seed: number,
  teachers: readonly SyntheticTeacher[],
  registrationYear: number,
): Generator<{ teacherId: string; year: number; grade: string }> {
  for (const teacher of teachers) {
    const prng = new Prng(seed, "reviews", teacher.id);
    for (let year = Number(teacher.registeredOn.slice(0, 4)); year < registrationYear; year++) {
      yield {
        teacherId: teacher.id,
        year,
        grade: prng.weighted({ excellent: 15, pass: 81, basicPass: 2.5, fail: 1.5 }),
      };
    }
  }
}
