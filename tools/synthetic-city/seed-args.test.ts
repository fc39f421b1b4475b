import { describe, expect, it } from "vitest";
import { ProgressBar } from "./progress-bar.ts";
import { parseSeedArgs } from "./seed-args.ts";

describe("parseSeedArgs", () => {
  it("reads the scale, seed and reset flag in either form", () => {
    expect(parseSeedArgs(["--scale", "city", "--seed", "7", "--reset"])).toEqual({
      ok: true,
      scale: "city",
      seed: 7,
      reset: true,
    });
    expect(parseSeedArgs(["--scale=demo", "--seed=0"])).toEqual({
      ok: true,
      scale: "demo",
      seed: 0,
      reset: false,
    });
    expect(parseSeedArgs([])).toEqual({ ok: true, scale: "demo", seed: 2019, reset: false });
  });

  it("refuses unknown scales, bad seeds and unknown flags with usage (exit 2)", () => {
    for (const argv of [
      ["--scale", "town"],
      ["--scale"],
      ["--seed", "-1"],
      ["--seed", "1.5"],
      ["--seed", "9999999999"],
      ["--force"],
      ["--reset=yes"],
    ]) {
      const parsed = parseSeedArgs(argv);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.exitCode).toBe(2);
        expect(parsed.message).toContain("用法");
      }
    }
  });

  it("prints usage for --help with exit 0", () => {
    expect(parseSeedArgs(["--help"])).toMatchObject({ ok: false, exitCode: 0 });
  });
});

describe("ProgressBar", () => {
  it("prints one line per step without a terminal", () => {
    const out: string[] = [];
    let now = 0;
    const bar = new ProgressBar({ isTTY: false, write: (text) => out.push(text) }, () => now);
    bar.update({ step: "a", label: "写入班级", done: 0, total: 10_000 });
    now = 1000;
    bar.update({ step: "a", label: "写入班级", done: 10_000, total: 10_000 });
    bar.update({ step: "b", label: "写入称号", done: 3, total: 3 });
    now = 2000;
    bar.done();
    expect(out).toEqual(["  写入班级：10,000，1.0 s\n", "  写入称号：3，1.0 s\n"]);
  });

  it("redraws one line in a terminal", () => {
    const out: string[] = [];
    const bar = new ProgressBar({ isTTY: true, write: (text) => out.push(text) }, () => 1000);
    bar.update({ step: "a", label: "写入班级", done: 5, total: 10 });
    bar.done();
    expect(out.join("")).toContain("\r  写入班级 [");
    expect(out.join("")).toContain("100%  10/10");
    expect(out.at(-1)).toMatch(/s\n$/);
  });
});
