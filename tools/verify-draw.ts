/**
 * 派位结果复核工具: recomputes a published lottery bundle (docs/lottery.md) and prints
 * 一致 or the first difference.
 *
 *   tsx tools/verify-draw.ts --inputs <bundle.json>
 *
 * Exit codes: 0 一致; 1 不一致 (including a bundle that is not valid); 2 usage error or
 * unreadable file, so a script can tell "checked and differs" from "could not check".
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { verifyBundle } from "@edubureau/domain/lottery";
import type { BundleRound, LotteryBundle } from "@edubureau/domain/lottery";

export const USAGE = [
  "用法：tsx tools/verify-draw.ts --inputs <结果包.json>",
  "Usage: tsx tools/verify-draw.ts --inputs <bundle.json>",
  "复核公开的派位结果包：重新计算名单摘要、种子和派位结果，输出“一致”或第一处不一致。",
].join("\n");

export interface CliOutcome {
  exitCode: 0 | 1 | 2;
  lines: string[];
}

export function parseArgs(
  argv: readonly string[],
): { ok: true; path: string } | { ok: false; message: string } {
  const [flag, value, ...rest] = argv;
  if (flag?.startsWith("--inputs=") === true && value === undefined)
    return checkedPath(flag.slice("--inputs=".length));
  if (flag === "--inputs" && value !== undefined && rest.length === 0) return checkedPath(value);
  if (flag === "--help" || flag === "-h") return { ok: false, message: USAGE };
  return { ok: false, message: `参数有误。\n${USAGE}` };
}

function checkedPath(path: string): { ok: true; path: string } | { ok: false; message: string } {
  return path === "" || path.startsWith("--")
    ? { ok: false, message: `缺少结果包文件路径。\n${USAGE}` }
    : { ok: true, path };
}

const MECHANISM_NAMES: Record<BundleRound["mechanism"], string> = {
  boston: "志愿优先",
  "deferred-acceptance": "平行志愿",
};

/** Verifies the text of a bundle file. */
export function verifyDrawText(text: string): CliOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { exitCode: 1, lines: ["不一致：结果包不是有效的 JSON 文件。"] };
  }
  const result = verifyBundle(json);
  if (!result.identical) return { exitCode: 1, lines: [`不一致：${result.difference.message}`] };
  // verifyBundle accepted the JSON, so it has the bundle's shape.
  const bundle = json as LotteryBundle;
  const { rounds, schools, applicants, admitted } = result.counts;
  return {
    exitCode: 0,
    lines: [
      "一致：结果包中的名单摘要、种子和派位结果均与重新计算的结果相同。",
      `算法版本 ${bundle.algorithmVersion}；共 ${rounds} 轮，学校 ${schools} 所，报名者 ${applicants} 人，录取 ${admitted} 人次。`,
      ...bundle.rounds.map((round) => {
        const placed = round.outcome.schools.reduce((sum, s) => sum + s.admitted.length, 0);
        return `  第「${round.label}」轮（${MECHANISM_NAMES[round.mechanism]}）：种子 ${round.seed}，录取 ${placed} 人，未录取 ${round.outcome.unplaced.length} 人。`;
      }),
    ],
  };
}

export function verifyDrawFile(path: string): CliOutcome {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "读取失败";
    return { exitCode: 2, lines: [`无法读取结果包文件「${path}」（${reason}）。`] };
  }
  return verifyDrawText(text);
}

export function main(argv: readonly string[]): CliOutcome {
  const args = parseArgs(argv);
  if (!args.ok) return { exitCode: 2, lines: [args.message] };
  return verifyDrawFile(args.path);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outcome = main(process.argv.slice(2));
  for (const line of outcome.lines) {
    if (outcome.exitCode === 0) console.log(line);
    else console.error(line);
  }
  process.exitCode = outcome.exitCode;
}
