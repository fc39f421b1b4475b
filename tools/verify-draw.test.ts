import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { LotteryBundle } from "@edubureau/domain/lottery";
import { sampleDrawBundle } from "./fixtures/sample-draw.ts";
import { main, parseArgs, USAGE, verifyDrawFile, verifyDrawText } from "./verify-draw.ts";

const FIXTURE = join(import.meta.dirname, "fixtures", "sample-draw-bundle.json");
const dir = mkdtempSync(join(tmpdir(), "verify-draw-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Swaps the first two admitted applicants of the first school, as a careless or dishonest editor might. */
function tampered(bundle: LotteryBundle): LotteryBundle {
  const [round, ...later] = bundle.rounds;
  if (round === undefined) throw new Error("no round");
  const schools = round.outcome.schools.map((s, i) => {
    const [a, b, ...rest] = s.admitted;
    return i === 0 && a !== undefined && b !== undefined ? { ...s, admitted: [b, a, ...rest] } : s;
  });
  return { ...bundle, rounds: [{ ...round, outcome: { ...round.outcome, schools } }, ...later] };
}

describe("verify-draw", () => {
  it("prints 一致 with counts for a bundle generated here", () => {
    const outcome = verifyDrawText(JSON.stringify(sampleDrawBundle()));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines[0]).toMatch(/^一致/);
    expect(outcome.lines[1]).toContain("共 2 轮，学校 3 所，报名者 40 人");
  });

  it("prints the first difference of a tampered bundle and exits 1", () => {
    const path = join(dir, "tampered.json");
    writeFileSync(path, JSON.stringify(tampered(sampleDrawBundle())));
    const outcome = main(["--inputs", path]);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines[0]).toMatch(/^不一致：第「R1」轮学校「S01」的录取名单第1位不一致/);
  });

  it("reports a changed applicant in a frozen list", () => {
    const bundle = sampleDrawBundle();
    const text = JSON.stringify(bundle).replace('"number":"2025040"', '"number":"2025099"');
    const outcome = verifyDrawText(text);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines[0]).toContain("名单摘要不一致");
  });

  it("keeps the published fixture identical and equal to its generator's output", () => {
    expect(verifyDrawFile(FIXTURE).exitCode).toBe(0);
    expect(JSON.parse(readFileSync(FIXTURE, "utf8"))).toEqual(sampleDrawBundle());
  });

  it("refuses files it cannot read or parse", () => {
    expect(verifyDrawFile(join(dir, "missing.json"))).toMatchObject({ exitCode: 2 });
    const path = join(dir, "broken.json");
    writeFileSync(path, "{ not json");
    expect(verifyDrawFile(path).lines[0]).toContain("不是有效的 JSON");
  });

  it.each([
    [[]],
    [["--inputs"]],
    [["--input", "a.json"]],
    [["--inputs", "a.json", "b.json"]],
    [["--inputs="]],
  ])("prints the usage for arguments %j", (argv) => {
    const outcome = main(argv);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.lines.join("\n")).toContain("用法：tsx tools/verify-draw.ts --inputs");
  });

  it("accepts --inputs=path", () => {
    expect(parseArgs(["--inputs=x.json"])).toEqual({
      ok: true,
      path: "x.json",
      announcements: [],
      publicValues: [],
    });
    expect(parseArgs(["--help"])).toEqual({ ok: false, message: USAGE });
  });
});
