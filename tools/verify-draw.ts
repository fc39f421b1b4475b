/**
 * 派位结果复核工具: recomputes a published lottery bundle (docs/lottery.md) and prints
 * 一致 or the first difference.
 *
 *   tsx tools/verify-draw.ts --inputs <bundle.json> [--announcement <announcements.json>]…
 *                            [--public-value <label>=<value>]…
 *
 * With --announcement it also checks the bundle against the draw announcements (派位公告) published
 * before the draw; with --public-value it checks the public value the seed used against the one the
 * named source published.
 *
 * Exit codes: 0 一致; 1 不一致 (including a bundle that is not valid); 2 usage error or
 * unreadable file, so a script can tell "checked and differs" from "could not check".
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  announcementFileSchema,
  announcementProblem,
  beijingTime,
  publicValuesUsed,
  verifyBundle,
} from "@edubureau/domain/lottery";
import type { BundleRound, DrawAnnouncement, LotteryBundle } from "@edubureau/domain/lottery";

export const USAGE = [
  "用法：tsx tools/verify-draw.ts --inputs <结果包.json> [--announcement <派位公告.json>]… [--public-value <标识>=<数值>]…",
  "Usage: tsx tools/verify-draw.ts --inputs <bundle.json> [--announcement <announcements.json>]… [--public-value <label>=<value>]…",
  "复核公开的派位结果包：重新计算名单摘要、种子、派位结果和递补记录，输出“一致”或第一处不一致；",
  "给出派位公告时，再核对结果包与派位前公布的公告（名单摘要、人数、计划数、规则、种子组成、派位时间）。",
].join("\n");

export interface CliOutcome {
  exitCode: 0 | 1 | 2;
  lines: string[];
}

export interface CliArgs {
  ok: true;
  path: string;
  announcements: string[];
  publicValues: { label: string; value: string }[];
}

export function parseArgs(argv: readonly string[]): CliArgs | { ok: false; message: string } {
  if (argv[0] === "--help" || argv[0] === "-h") return { ok: false, message: USAGE };
  let path: string | null = null;
  const announcements: string[] = [];
  const publicValues: { label: string; value: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const eq = arg.indexOf("=");
    const flag = arg.startsWith("--") && eq !== -1 ? arg.slice(0, eq) : arg;
    const value = arg.startsWith("--") && eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "" || value.startsWith("--")) return missing(flag);
    if (flag === "--inputs" && path === null) path = value;
    else if (flag === "--announcement") announcements.push(value);
    else if (flag === "--public-value" && value.includes("=")) {
      const [label = "", ...rest] = value.split("=");
      publicValues.push({ label, value: rest.join("=") });
    } else return { ok: false, message: `参数有误。\n${USAGE}` };
  }
  if (path === null) return { ok: false, message: `参数有误。\n${USAGE}` };
  return { ok: true, path, announcements, publicValues };
}

function missing(flag: string): { ok: false; message: string } {
  const what = flag === "--inputs" ? "结果包文件路径" : flag === "--announcement" ? "公告文件路径" : "参数值";
  return { ok: false, message: `缺少${what}。\n${USAGE}` };
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
  const figures = result.ledger;
  const redraws = bundle.rounds.reduce((n, r) => n + (r.previousDraws?.length ?? 0), 0);
  const moves = (bundle.events ?? []).filter((e) => e.kind !== "round").length;
  return {
    exitCode: 0,
    lines: [
      "一致：结果包中的名单摘要、种子、派位结果和递补记录均与重新计算的结果相同。",
      `算法版本 ${bundle.algorithmVersion}；共 ${rounds} 轮，学校 ${schools} 所，报名者 ${applicants} 人，录取 ${admitted} 人次。`,
      ...bundle.rounds.map((round) => {
        const placed = round.outcome.schools.reduce((sum, s) => sum + s.admitted.length, 0);
        return `  第「${round.label}」轮（${MECHANISM_NAMES[round.mechanism]}）：种子 ${round.seed}，录取 ${placed} 人，未录取 ${round.outcome.unplaced.length} 人。`;
      }),
      ...(redraws > 0 ? [`  重新派位 ${redraws} 次，每次的原结果与理由均在结果包中，并已逐一复核。`] : []),
      `  名额台账（放弃与递补 ${moves} 条）：名额 ${figures.places}，已录取 ${figures.admitted}，空余 ${figures.free}；` +
        `报名者 ${figures.applicants} = 已录取 ${figures.admitted} + 未录取 ${figures.unplaced} + 放弃 ${figures.declined}。`,
    ],
  };
}

/** Checks a bundle (already verified on its own) against the announcements and the public values given. */
export function checkAnnounced(
  bundleText: string,
  announcementTexts: readonly string[],
  publicValues: readonly { label: string; value: string }[],
): CliOutcome {
  const announcements: DrawAnnouncement[] = [];
  for (const text of announcementTexts) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { exitCode: 1, lines: ["不一致：派位公告不是有效的 JSON 文件。"] };
    }
    const parsed = announcementFileSchema.safeParse(json);
    if (!parsed.success) return { exitCode: 1, lines: ["不一致：派位公告文件格式不正确。"] };
    announcements.push(...parsed.data);
  }
  // verifyDrawText accepted the text, so it parses to a bundle.
  const bundle = JSON.parse(bundleText) as LotteryBundle;
  const problem = announcementProblem(bundle, announcements);
  if (problem !== null) return { exitCode: 1, lines: [`与派位公告不一致：${problem}`] };
  const used = publicValuesUsed(bundle);
  for (const given of publicValues) {
    const found = used.filter((u) => u.label === given.label);
    if (found.length === 0)
      return { exitCode: 1, lines: [`与派位公告不一致：结果包没有使用公开数值「${given.label}」`] };
    const wrong = found.find((u) => u.value !== given.value);
    if (wrong !== undefined) {
      return {
        exitCode: 1,
        lines: [
          `与公开数值不一致：第「${wrong.round}」轮的「${wrong.label}」应为 ${given.value}，结果包使用 ${wrong.value}`,
        ],
      };
    }
  }
  return {
    exitCode: 0,
    lines: [
      "与派位公告一致：每轮（包括重新派位的各次）所用名单、计划数、规则和种子组成都与派位前公布的公告相同。",
      ...announcements.map(
        (a) =>
          `  第「${a.round}」轮公告 ${a.digest}，发布于 ${beijingTime(a.publishedAt)}，最早派位 ${beijingTime(a.earliestDrawAt)}。`,
      ),
      ...used
        .filter((u) => !publicValues.some((p) => p.label === u.label))
        .map((u) => `  请对照公开来源核对公开数值「${u.label}」＝${u.value}：${u.source}`),
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
  const verified = verifyDrawFile(args.path);
  if (verified.exitCode !== 0 || (args.announcements.length === 0 && args.publicValues.length === 0)) {
    return verified;
  }
  const texts: string[] = [];
  for (const path of args.announcements) {
    try {
      texts.push(readFileSync(path, "utf8"));
    } catch {
      return { exitCode: 2, lines: [`无法读取派位公告文件「${path}」。`] };
    }
  }
  const announced = checkAnnounced(readFileSync(args.path, "utf8"), texts, args.publicValues);
  return { exitCode: announced.exitCode, lines: [...verified.lines, ...announced.lines] };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outcome = main(process.argv.slice(2));
  for (const line of outcome.lines) {
    if (outcome.exitCode === 0) console.log(line);
    else console.error(line);
  }
  process.exitCode = outcome.exitCode;
}
