import { residentIdCheckChar } from "@edubureau/domain/identity";

/** Test helpers: valid, distinct teacher numbers and resident ID numbers. */
let serial = 0;

export function residentId(options: { region?: string; birth?: string; female?: boolean } = {}): string {
  serial += 1;
  const order = String((serial * 2 + (options.female ? 0 : 1)) % 1000).padStart(3, "0");
  const first17 = `${options.region ?? "430102"}${(options.birth ?? "1985-06-15").replaceAll("-", "")}${order}`;
  return first17 + residentIdCheckChar(first17);
}

export function teacherNumber(districtCode = "430102"): string {
  serial += 1;
  return `${districtCode}${String(10_000_000 + serial).slice(-8)}`;
}

export function teacherBody(
  institutionId: string,
  overrides: Record<string, unknown> = {},
  districtCode = "430102",
) {
  return {
    teacherNumber: teacherNumber(districtCode),
    name: `测试教师${serial}`,
    idNumber: residentId(),
    institutionId,
    post: "teacher",
    subject: "语文",
    stage: "primary",
    title: "first",
    employment: "publicInStaff",
    qualificationType: "小学教师资格",
    qualificationSubject: "语文",
    qualificationNumber: `2009430${String(serial).padStart(10, "0")}`,
    firstRegisteredOn: "2014-03-01",
    registeredOn: "2014-03-01",
    ...overrides,
  };
}
