import { RESERVED_NAMES } from "./districts.ts";
import type { Prng } from "./prng.ts";

/**
 * Place names built the way Hunan names are: a surname + 家 + a landform (左家塘, 袁家岭), a word + a landform
 * (金盆岭, 桂花坪, 白沙洲) or two auspicious characters (文昌, 东湖). Generated, not copied from a gazetteer.
 */
const SURNAMES = Array.from(
  "王李张刘陈杨黄赵周吴徐孙朱马胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛龚邵万易左柳文戴粟喻欧",
);
const WORDS = Array.from(
  "金银石玉白青黄红紫东西南北上下新老大小高长双三五七九百桂枫松柏竹梅兰荷莲桃杏梨橘茶杉樟桑柳槐龙凤鹤马鹿燕雁虎狮月星云霞阳晨明清泉溪江河沙井田园山丰安康和平兴隆盛福寿乐永泰华文武德仁义光辉荣昌振锦秀美嘉祥瑞汇合通达顺春秋",
);
const LANDFORMS = Array.from("塘坪冲湾铺桥山岭洲港坡湖井园台田坝垅溪渡口庙市店亭楼门屋场坳源");
const MIDDLES = Array.from("子花树木盆水石竹家沙桥山湖");

export type NamePattern = "family" | "landform" | "auspicious" | "long";

/** One place name of 2–3 characters. */
export function placeName(rng: Prng, pattern: NamePattern = rng.weighted(DEFAULT_MIX)): string {
  switch (pattern) {
    case "family":
      return `${rng.pick(SURNAMES)}家${rng.pick(LANDFORMS)}`;
    case "landform":
      return `${rng.pick(WORDS)}${rng.pick(LANDFORMS)}`;
    case "auspicious":
      return `${rng.pick(WORDS)}${rng.pick(WORDS)}`;
    case "long":
      return `${rng.pick(WORDS)}${rng.pick(MIDDLES)}${rng.pick(LANDFORMS)}`;
  }
}

const DEFAULT_MIX: Record<NamePattern, number> = { family: 3, landform: 3, auspicious: 2, long: 2 };

/** A road for addresses: 韶山路, 东二环 style names are real; these are generated. */
export function roadName(rng: Prng): string {
  const stem = rng.chance(0.5) ? `${rng.pick(WORDS)}${rng.pick(WORDS)}` : placeName(rng, "landform");
  return `${stem}${rng.weighted({ 路: 6, 街: 2, 大道: 1, 巷: 1 })}`;
}

/** A generated place name must not repeat a character (金金塘 reads as a typo) or contain a district's name. */
export function acceptablePlaceName(name: string): boolean {
  return !RESERVED_NAMES.some((reserved) => name.includes(reserved)) && !/(.)\1/u.test(name);
}

/** Hands out names that are unique within one book (e.g. one district), retrying on clashes. */
export class NameBook {
  private readonly used = new Set<string>();

  constructor(private readonly acceptable: (name: string) => boolean = () => true) {}

  /** Marks a name as taken, e.g. a fixed name that generated ones must not repeat. */
  reserve(name: string): void {
    this.used.add(name);
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  /** A fresh name from `make`; after many clashes a numeral keeps it unique (二塘, 三塘 exist in real life too). */
  take(make: () => string): string {
    for (let attempt = 0; attempt < 200; attempt++) {
      const name = make();
      if (this.acceptable(name) && !this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    for (let n = 2; n < 10_000; n++) {
      const name = `${make()}${n}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error("无法生成不重复的名称");
  }
}
