import type { InstitutionType, Ownership } from "@edubureau/domain/registry";
import type { DistrictProfile } from "./districts.ts";
import type { Community, Street } from "./model.ts";
import { placeName } from "./place-names.ts";
import type { Prng } from "./prng.ts";

/**
 * School names in the forms Changsha uses: 长沙市雨花区砂子塘小学 in the city districts, 浏阳市社港镇中心小学 and
 * 宁乡市道林镇杨柳小学 in the counties, 长沙市第十一中学 for numbered secondary schools.
 */
export interface NamingPlace {
  profile: DistrictProfile;
  street: Street;
  community: Community;
}

const NUMERALS = Array.from("〇一二三四五六七八九");

/** 1 → 一, 11 → 十一, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return NUMERALS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : (NUMERALS[tens] ?? "")}十${ones === 0 ? "" : (NUMERALS[ones] ?? "")}`;
}

function stemOf(unit: { name: string }): string {
  return unit.name.replace(/(街道|镇|乡|社区|村)$/u, "");
}

/** "长沙市雨花区" for the city's districts, "浏阳市" / "长沙县" for the counties. */
export function namePrefix(profile: DistrictProfile): string {
  return profile.kind === "county" ? profile.name : `长沙市${profile.name}`;
}

/** Where a school sits in the county: the seat's 街道, or a 镇/乡 ("社港镇") that rural school names carry. */
function townPart(place: NamingPlace): string {
  return place.street.type === "街道" || place.profile.kind === "urban" ? "" : place.street.name;
}

function localStem(rng: Prng, place: NamingPlace): string {
  return rng.chance(0.55) ? stemOf(place.community) : placeName(rng);
}

const PRIVATE_KINDERGARTEN = [
  "",
  "双语",
  "艺术",
  "童乐",
  "蓓蕾",
  "启明",
  "阳光",
  "小天使",
  "博雅",
  "金色童年",
];
const PRIVATE_SCHOOL = ["外国语", "双语", "博雅", "实验", "明德", "英才"];
const VOCATIONAL_FIELDS = [
  "商贸",
  "电子",
  "建筑",
  "交通",
  "医药",
  "旅游",
  "艺术",
  "工程",
  "财经",
  "信息",
  "汽车",
  "航空",
];
const OUT_OF_SCHOOL = [
  "青少年宫",
  "青少年活动中心",
  "少年宫",
  "青少年校外活动中心",
  "中小学生综合实践基地",
  "研学实践基地",
];

/** One candidate name; the caller retries when it is already taken. */
export function schoolName(
  rng: Prng,
  options: { type: InstitutionType; ownership: Ownership; place: NamingPlace; numbered: () => number },
): string {
  const { type, ownership, place } = options;
  const prefix = namePrefix(place.profile);
  const town = townPart(place);
  const stem = () => localStem(rng, place);
  switch (type) {
    case "kindergarten":
      if (ownership === "private") return `${prefix}${stem()}${rng.pick(PRIVATE_KINDERGARTEN)}幼儿园`;
      if (town && rng.chance(0.5)) return `${prefix}${town}中心幼儿园`;
      return `${prefix}${town}${stem()}${rng.chance(0.2) ? "实验" : ""}幼儿园`;
    case "primary":
      if (ownership === "private") return `${prefix}${stem()}${rng.pick(PRIVATE_SCHOOL)}小学`;
      if (town && rng.chance(0.35)) return `${prefix}${town}中心小学`;
      // 实验小学 are town and city schools; 完全小学 (all six grades) is a rural name.
      if (town) return `${prefix}${town}${stem()}${rng.chance(0.15) ? "完全" : ""}小学`;
      return `${prefix}${stem()}${rng.chance(0.12) ? "实验" : ""}小学`;
    case "junior":
      if (ownership === "private") return `${prefix}${stem()}${rng.pick(PRIVATE_SCHOOL)}中学`;
      if (town && rng.chance(0.6)) return `${prefix}${town}中学`;
      return `${prefix}${town}${stem()}${rng.chance(0.4) ? "初级中学" : "中学"}`;
    case "nine_year":
      if (ownership === "private") return `${prefix}${stem()}${rng.pick(PRIVATE_SCHOOL)}学校`;
      return `${prefix}${town}${stem()}${!town && rng.chance(0.3) ? "实验学校" : "学校"}`;
    case "complete_secondary":
    case "senior":
      if (ownership === "private")
        return `${prefix}${stem()}${rng.pick(PRIVATE_SCHOOL)}${type === "senior" ? "高级中学" : "中学"}`;
      if (rng.chance(0.6))
        return `${place.profile.kind === "county" ? place.profile.name : "长沙市"}第${chineseNumber(options.numbered())}中学`;
      return `${prefix}${stem()}${type === "senior" ? "高级中学" : "中学"}`;
    case "secondary_vocational":
      if (ownership === "private") return `长沙${stem()}${rng.pick(VOCATIONAL_FIELDS)}职业技术学校`;
      return `${prefix}${rng.chance(0.5) ? rng.pick(VOCATIONAL_FIELDS) : stem()}职业中等专业学校`;
    case "special":
      return `${prefix}${rng.chance(0.6) ? "" : stem()}${rng.chance(0.3) ? "培智学校" : "特殊教育学校"}`;
    case "higher_vocational":
      return `长沙${rng.pick(VOCATIONAL_FIELDS)}${rng.chance(0.7) ? "职业技术学院" : "高等专科学校"}`;
    case "out_of_school":
      return `${prefix}${rng.chance(0.4) ? stem() : ""}${rng.pick(OUT_OF_SCHOOL)}`;
    case "community_learning_centre":
      return `${place.profile.name}${place.community.name}${place.community.type === "村" ? "社区" : ""}学习中心`;
  }
}

/** "长沙市雨花区砂子塘小学" → "砂子塘小学" for group names; numbered schools keep their city (长沙市第一中学). */
export function shortSchoolName(name: string, profile: DistrictProfile): string {
  const prefix = namePrefix(profile);
  return name.startsWith(prefix) && !name.slice(prefix.length).startsWith("第")
    ? name.slice(prefix.length)
    : name;
}
