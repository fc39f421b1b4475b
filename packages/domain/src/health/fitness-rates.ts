import { FITNESS_BANDS } from "./fitness-bands.ts";
import type { FitnessBand } from "./fitness-bands.ts";

/** Students tested, by band. */
export type FitnessBandCounts = Record<FitnessBand, number>;

export function countFitnessBands(bands: Iterable<FitnessBand>): FitnessBandCounts {
  const counts: FitnessBandCounts = { excellent: 0, good: 0, pass: 0, fail: 0 };
  for (const band of bands) counts[band] += 1;
  return counts;
}

/** Counts from the bulk scorer's band column (indices into FITNESS_BANDS). */
export function countFitnessBandIndices(bands: ArrayLike<number>): FitnessBandCounts {
  const counts: FitnessBandCounts = { excellent: 0, good: 0, pass: 0, fail: 0 };
  for (let i = 0; i < bands.length; i++) {
    const band = FITNESS_BANDS[bands[i]!];
    if (band) counts[band] += 1;
  }
  return counts;
}

function tested(counts: FitnessBandCounts): number {
  return counts.excellent + counts.good + counts.pass + counts.fail;
}

/**
 * 及格率 = (及格 + 良好 + 优秀) / 测试人数. Null, not 0, when nobody was tested, so an empty school does
 * not read as failing.
 */
export function fitnessPassRate(counts: FitnessBandCounts): number | null {
  const n = tested(counts);
  return n === 0 ? null : (counts.pass + counts.good + counts.excellent) / n;
}

/** 优良率 = (良好 + 优秀) / 测试人数; null when nobody was tested. */
export function fitnessGoodRate(counts: FitnessBandCounts): number | null {
  const n = tested(counts);
  return n === 0 ? null : (counts.good + counts.excellent) / n;
}

/**
 * 《国务院关于实施健康中国行动的意见》(国发〔2019〕13号) and 健康中国行动（2019—2030年）, 中小学健康促进
 * 行动: 到2022年和2030年, 国家学生体质健康标准达标优良率分别达到50%及以上和60%及以上.
 */
export const HEALTHY_CHINA_GOOD_RATE_TARGETS = [
  { year: 2022, minGoodRate: 0.5 },
  { year: 2030, minGoodRate: 0.6 },
] as const;

/**
 * The 优良率 target in force for a year: the 2022 figure from 2022, the 2030 figure from 2030; null
 * before 2022 (the plan sets none). Between the two years the 2022 figure still applies.
 */
export function healthyChinaGoodRateTarget(year: number): number | null {
  let target: number | null = null;
  for (const step of HEALTHY_CHINA_GOOD_RATE_TARGETS) if (year >= step.year) target = step.minGoodRate;
  return target;
}

/** True when a 优良率 meets the target in force (≥, as the plan says 及以上); null when there is none. */
export function meetsHealthyChinaTarget(goodRate: number, year: number): boolean | null {
  const target = healthyChinaGoodRateTarget(year);
  return target === null ? null : goodRate >= target;
}
