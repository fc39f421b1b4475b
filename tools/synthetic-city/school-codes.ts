import type { InstitutionType } from "@edubureau/domain/registry";
import type { Prng } from "./prng.ts";

/**
 * 学校(机构)标识码: 2-digit 学校类别码 + 2-digit province (43 湖南) + 6-digit sequence (教育部《学校(机构)代码
 * 管理办法》, 2011). Real sequences are handed out province-wide; here the sequence is the district's last two
 * GB/T 2260 digits and a 4-digit serial with small gaps (retired codes are never reused), so codes are unique
 * by construction and still readable. 社区学习中心 and 校外教育机构 have no class code of their own: 99.
 */
const CATEGORY: Record<InstitutionType, string> = {
  kindergarten: "11",
  primary: "21",
  junior: "31",
  nine_year: "31",
  complete_secondary: "34",
  senior: "34",
  secondary_vocational: "36",
  special: "51",
  higher_vocational: "41",
  community_learning_centre: "99",
  out_of_school: "99",
};

const HUNAN = "43";

export class SchoolCodes {
  private readonly serials = new Map<string, number>();

  constructor(private readonly rng: Prng) {}

  next(type: InstitutionType, districtCode: string): string {
    const prefix = `${CATEGORY[type]}${HUNAN}${districtCode.slice(4, 6)}`;
    const serial = (this.serials.get(prefix) ?? 0) + this.rng.int(1, 2);
    if (serial > 9999) throw new RangeError(`学校标识码序号用尽：${prefix}`);
    this.serials.set(prefix, serial);
    return `${prefix}${String(serial).padStart(4, "0")}`;
  }
}
