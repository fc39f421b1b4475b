import type { ScaleName } from "./model.ts";
import { isScaleName, SCALE_NAMES } from "./scales.ts";
import { DEFAULT_SEED } from "./generate-city.ts";

export const SEED_USAGE = [
  "用法：npm run seed -- --scale demo|city [--seed N] [--reset]",
  "Usage: npm run seed -- --scale demo|city [--seed N] [--reset]",
  "",
  "按 DATA_DIR（嵌入式 PGlite，默认 ./data）或 DATABASE_URL（PostgreSQL）打开数据库，执行迁移，",
  "载入确定性生成的长沙市合成数据（同一种子总是得到相同的数据）和十个演示账户（密码 Demo@2019）。",
  "  --scale demo   演示规模：约 150 个机构、两个学年约 4,400 个班（npm start 首次启动载入的就是它）",
  "  --scale city   全市规模：166 个街道/乡镇、1,577 个社区/村、约 3,700 个机构（含 1,100 个社区学习中心）、",
  "                 每学年约 38,000 个班、150 多万名学生",
  `  --seed N       随机种子，默认 ${DEFAULT_SEED}`,
  "  --reset        先清空数据库（嵌入式删除 DATA_DIR/db；PostgreSQL 删除并重建 public 模式，包括审计日志）",
].join("\n");

export type SeedArgs =
  | { ok: true; scale: ScaleName; seed: number; reset: boolean }
  | { ok: false; exitCode: 0 | 2; message: string };

const MAX_SEED = 2 ** 31 - 1;

/** Parses `--scale demo|city [--seed N] [--reset]` (also `--scale=city`, `--seed=7`). */
export function parseSeedArgs(argv: readonly string[]): SeedArgs {
  let scale: ScaleName = "demo";
  let seed = DEFAULT_SEED;
  let reset = false;
  const fail = (message: string): SeedArgs => ({
    ok: false,
    exitCode: 2,
    message: `${message}\n\n${SEED_USAGE}`,
  });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--help":
      case "-h":
        return { ok: false, exitCode: 0, message: SEED_USAGE };
      case "--reset":
        if (inline !== undefined) return fail("--reset 不带取值。");
        reset = true;
        break;
      case "--scale": {
        const v = value();
        if (v === undefined || !isScaleName(v))
          return fail(`--scale 须为 ${SCALE_NAMES.join(" 或 ")}，收到 ${v ?? "（空）"}。`);
        scale = v;
        break;
      }
      case "--seed": {
        const v = value();
        if (v === undefined || !/^\d+$/.test(v) || Number(v) > MAX_SEED)
          return fail(`--seed 须为 0 到 ${MAX_SEED} 的整数，收到 ${v ?? "（空）"}。`);
        seed = Number(v);
        break;
      }
      default:
        return fail(`无法识别的参数：${arg}`);
    }
  }
  return { ok: true, scale, seed, reset };
}
