import { performance } from "node:perf_hooks";
import {
  FITNESS_BAND_LABELS,
  FITNESS_BANDS,
  FITNESS_ITEMS,
  countFitnessBandIndices,
  createFitnessColumnScores,
  fitnessItemSet,
  fitnessThreshold,
  isGrade,
  scoreFitness,
  scoreFitnessColumns,
} from "@edubureau/domain/health";
import type { FitnessColumns, FitnessInput, FitnessItem, Grade } from "@edubureau/domain/health";
import type { BenchContext } from "../lib/context.ts";

type Sex = FitnessInput["sex"];

// Throughput of the pure 国家学生体质健康标准 scorer on synthetic students. Prints figures only.

const STUDENTS = 1_200_000;
const OBJECT_SAMPLE = 200_000;
const RUNS = 5;
const SEED = 20_140_705;

/** mulberry32: small, fast and the same sequence on every machine, so every run scores the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A result spread around the grade's table: mostly between the 10- and 100-point thresholds, some beyond. */
function syntheticResult(item: FitnessItem, grade: Grade, sex: Sex, u: number): number {
  const top = fitnessThreshold(item, grade, sex, 100) ?? 0;
  const bottom = fitnessThreshold(item, grade, sex, 10) ?? fitnessThreshold(item, grade, sex, 30) ?? 0;
  return bottom + (top - bottom) * (u * 1.5 - 0.1);
}

function generate(count: number): FitnessColumns {
  const random = prng(SEED);
  const grade = new Uint8Array(count);
  const sex = new Uint8Array(count);
  const heightCm = new Float64Array(count);
  const weightKg = new Float64Array(count);
  const items = Object.fromEntries(
    FITNESS_ITEMS.map((item) => [item, new Float64Array(count).fill(NaN)]),
  ) as Record<FitnessItem, Float64Array>;
  for (let row = 0; row < count; row++) {
    const g = 1 + Math.floor(random() * 12);
    if (!isGrade(g)) throw new Error("unreachable");
    const s: Sex = random() < 0.5 ? "male" : "female";
    grade[row] = g;
    sex[row] = s === "male" ? 0 : 1;
    heightCm[row] = 110 + g * 5 + random() * 20;
    const bmi = 13 + g * 0.6 + random() * 9;
    weightKg[row] = (bmi * heightCm[row]! * heightCm[row]!) / 10_000;
    for (const { item } of fitnessItemSet(g, s)) {
      if (item === "bmi" || random() < 0.01) continue; // about 1% of results missing
      items[item][row] = syntheticResult(item, g, s, (random() + random() + random()) / 3);
    }
  }
  return { count, grade, sex, heightCm, weightKg, items };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function perSecond(count: number, ms: number): string {
  return Math.round((count / ms) * 1000).toLocaleString("en-US");
}

function objectInput(columns: FitnessColumns, row: number): FitnessInput {
  const grade = columns.grade[row]!;
  if (!isGrade(grade)) throw new Error("unreachable");
  const items: Partial<Record<FitnessItem, number>> = {};
  for (const item of FITNESS_ITEMS) {
    const value = columns.items[item]?.[row];
    if (value !== undefined && !Number.isNaN(value)) items[item] = value;
  }
  const sex: Sex = columns.sex[row] === 0 ? "male" : "female";
  return { grade, sex, items, heightCm: columns.heightCm[row]!, weightKg: columns.weightKg[row]! };
}

export async function run(ctx?: BenchContext): Promise<void> {
  const started = performance.now();
  const columns = generate(STUDENTS);
  console.log(
    `体质健康评分 fitness scoring — ${STUDENTS.toLocaleString("en-US")} 名学生 students, 种子 seed ${String(SEED)}`,
  );
  console.log(`  生成数据 data generated in ${(performance.now() - started).toFixed(0)} ms`);

  const out = createFitnessColumnScores(STUDENTS);
  scoreFitnessColumns(columns, out); // warm-up: lets the JIT compile the hot loop before timing
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    scoreFitnessColumns(columns, out);
    times.push(performance.now() - t0);
  }
  const mid = median(times);
  const best = Math.min(...times);
  console.log(
    `  批量列式评分 bulk columns (scoreFitnessColumns): 中位 median ${mid.toFixed(1)} ms → ${perSecond(STUDENTS, mid)} 人/秒 students/s; ` +
      `最快 best ${perSecond(STUDENTS, best)} 人/秒 students/s (${String(RUNS)} runs)`,
  );
  ctx?.record({
    metric: "批量列式评分 bulk columns (median)",
    value: `${perSecond(STUDENTS, mid)} 人/秒 students/s`,
  });

  const inputs = Array.from({ length: OBJECT_SAMPLE }, (_, row) => objectInput(columns, row));
  for (const input of inputs.slice(0, 20_000)) scoreFitness(input);
  const t0 = performance.now();
  let checksum = 0;
  for (const input of inputs) checksum += scoreFitness(input).total;
  const objectMs = performance.now() - t0;
  console.log(
    `  逐个对象评分 per-student objects (scoreFitness, ${OBJECT_SAMPLE.toLocaleString("en-US")}): ` +
      `${objectMs.toFixed(1)} ms → ${perSecond(OBJECT_SAMPLE, objectMs)} 人/秒 students/s (checksum ${checksum.toFixed(1)})`,
  );
  ctx?.record({
    metric: "逐个对象评分 per-student objects",
    value: `${perSecond(OBJECT_SAMPLE, objectMs)} 人/秒 students/s`,
  });

  const counts = countFitnessBandIndices(out.band);
  const shares = FITNESS_BANDS.map(
    (band) => `${FITNESS_BAND_LABELS[band]} ${band} ${((counts[band] / STUDENTS) * 100).toFixed(1)}%`,
  ).join(", ");
  console.log(`  等级分布 band mix: ${shares}`);
  await Promise.resolve();
}
