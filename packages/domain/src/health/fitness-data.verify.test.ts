import { describe, expect, it } from "vitest";
import raw from "./data/fitness-2014.json" with { type: "json" };
import { bonusRequirements, FITNESS_DATA } from "./fitness-data.ts";
import { FITNESS_ITEMS, GRADES, isGrade, SEXES } from "./fitness-items.ts";
import { fitnessThreshold } from "./fitness-tables.ts";
import { fitnessItemSet } from "./fitness-weights.ts";
import { BONUS_ITEMS } from "./fitness-bonus.ts";

// Checks of the transcribed tables against the standard's own rules (results in data/SOURCES.md).

const LEVELS = [100, 95, 90, 85, 80, 78, 76, 74, 72, 70, 68, 66, 64, 62, 60, 50, 40, 30, 20, 10];
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function item(name: string) {
  const data = FITNESS_DATA.items[name];
  if (!data) throw new Error(`no item ${name}`);
  return data;
}

function row(name: string, sex: "male" | "female", grade: number): (number | null)[] {
  const cells = item(name)[sex][String(grade)];
  if (!cells) throw new Error(`no table ${name} ${sex} ${String(grade)}`);
  return cells;
}

const TABLES = FITNESS_ITEMS.flatMap((name) =>
  SEXES.flatMap((sex) => item(name).applies_to[sex].map((grade) => ({ name, sex, grade }))),
);

describe("fitness-2014.json shape", () => {
  it("is the file the scorer parsed", () => {
    expect(FITNESS_DATA.standard).toBe(raw.standard);
  });

  it("has the 20 score levels of the standard for every item", () => {
    for (const name of FITNESS_ITEMS) expect(item(name).levels).toEqual(LEVELS);
  });

  it("has a 20-cell table exactly for the grades each item applies to", () => {
    for (const name of FITNESS_ITEMS) {
      for (const sex of SEXES) {
        for (const grade of GRADES) {
          const cells = item(name)[sex][String(grade)] ?? null;
          const applies = item(name).applies_to[sex].includes(grade);
          expect(cells === null, `${name} ${sex} ${String(grade)}`).toBe(!applies);
          if (cells) expect(cells).toHaveLength(20);
        }
      }
    }
    expect(TABLES).toHaveLength(132);
  });

  it("tests every grade on the items its weights name, and weights sum to 100", () => {
    for (const grade of GRADES) {
      for (const sex of SEXES) {
        const set = fitnessItemSet(grade, sex);
        expect(set.reduce((sum, entry) => sum + entry.weight, 0)).toBe(100);
        const weighted = set
          .map((entry) => entry.item)
          .filter((name) => name !== "bmi")
          .sort();
        const applicable = FITNESS_ITEMS.filter((name) => item(name).applies_to[sex].includes(grade)).sort();
        expect(weighted, `${sex} ${String(grade)}`).toEqual(applicable);
      }
    }
  });

  it("leaves blank cells only in 引体向上, where blank_cells says", () => {
    for (const { name, sex, grade } of TABLES) {
      const blanks = LEVELS.filter((_, i) => row(name, sex, grade)[i] === null);
      const expected =
        name === "pull_up" ? (raw.items.pull_up.blank_cells as Record<string, number[]>)[String(grade)] : [];
      expect(blanks, `${name} ${sex} ${String(grade)}`).toEqual(expected);
    }
  });

  it("keeps the min:sec mirrors equal to the seconds", () => {
    const mirrors = [
      ["shuttle_50x8", "male", raw.items.shuttle_50x8.male_mmss],
      ["shuttle_50x8", "female", raw.items.shuttle_50x8.female_mmss],
      ["run_1000m", "male", raw.items.run_1000m.male_mmss],
      ["run_800m", "female", raw.items.run_800m.female_mmss],
    ] as const;
    for (const [name, sex, byGrade] of mirrors) {
      for (const [grade, cells] of Object.entries(byGrade)) {
        if (!cells) continue;
        const seconds = cells.map((text) => {
          const [m, s] = text.split(":").map(Number);
          return (m ?? 0) * 60 + (s ?? 0);
        });
        expect(seconds, `${name} ${grade}`).toEqual(row(name, sex, Number(grade)));
      }
    }
  });

  it("reads back every cell from the typed tables unchanged", () => {
    for (const { name, sex, grade } of TABLES) {
      const cells = row(name, sex, grade);
      if (!isGrade(grade)) throw new Error(`bad grade ${String(grade)}`);
      LEVELS.forEach((level, i) => {
        const threshold = fitnessThreshold(name, grade, sex, level);
        expect(threshold, `${name} ${sex} ${String(grade)} @${String(level)}`).toBe(cells[i]);
      });
    }
  });
});

describe("fitness-2014.json against the standard's rules", () => {
  it("is strictly monotonic in every table (harder for higher levels)", () => {
    for (const { name, sex, grade } of TABLES) {
      const sign = item(name).better === "higher" ? 1 : -1;
      const cells = row(name, sex, grade).filter((v): v is number => v !== null);
      for (let i = 1; i < cells.length; i++) {
        expect(
          sign * (cells[i - 1]! - cells[i]!),
          `${name} ${sex} ${String(grade)} cell ${String(i)}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it("steps evenly from 80 to 60 and from 60 to 10 (the printed tables' construction)", () => {
    for (const { name, sex, grade } of TABLES) {
      const cells = row(name, sex, grade);
      if (name === "pull_up") continue;
      const steps = (from: number, to: number) =>
        new Set(
          cells.slice(from, to).map((v, i) => Math.round(((v ?? 0) - (cells[from + i + 1] ?? 0)) * 10)),
        );
      expect(steps(4, 14).size, `${name} ${sex} ${String(grade)} 80→60`).toBe(1);
      expect(steps(14, 19).size, `${name} ${sex} ${String(grade)} 60→10`).toBe(1);
    }
  });

  it("drops 引体向上 by one repetition between consecutive printed cells", () => {
    for (const grade of [7, 8, 9, 10, 11, 12]) {
      const cells = row("pull_up", "male", grade).filter((v): v is number => v !== null);
      cells.slice(1).forEach((v, i) => expect(cells[i]! - v).toBe(1));
    }
  });

  it("has 高二 = 高一 − 2 s and 高三 = 高一 − 4 s at every level of girls' 800 m", () => {
    const g10 = row("run_800m", "female", 10);
    row("run_800m", "female", 11).forEach((v, i) => expect(v).toBe(g10[i]! - 2));
    row("run_800m", "female", 12).forEach((v, i) => expect(v).toBe(g10[i]! - 4));
  });

  it("leaves exactly 0.1 between BMI bands, on the 0.1 grid", () => {
    for (const sex of SEXES) {
      for (const grade of GRADES) {
        const b = FITNESS_DATA.bmi[sex][String(grade)]!;
        expect(b.underweight[0]).toBeNull();
        expect(b.obese[1]).toBeNull();
        expect(close(b.underweight[1]! + 0.1, b.normal[0]!), `${sex} ${String(grade)} low`).toBe(true);
        expect(close(b.normal[1]! + 0.1, b.overweight[0]!), `${sex} ${String(grade)} over`).toBe(true);
        expect(close(b.overweight[1]! + 0.1, b.obese[0]!), `${sex} ${String(grade)} obese`).toBe(true);
        for (const edge of [b.normal[0]!, b.normal[1]!, b.overweight[1]!])
          expect(close(edge * 10, Math.round(edge * 10))).toBe(true);
      }
    }
    expect(FITNESS_DATA.bmi.scores).toEqual({ normal: 100, underweight: 80, overweight: 80, obese: 60 });
  });

  it("has bonus rows 1…max with growing requirements, only on items the grade tests", () => {
    for (const name of BONUS_ITEMS) {
      const bonus = FITNESS_DATA.bonus[name];
      const required = bonusRequirements(bonus);
      expect(bonus.points).toEqual(Array.from({ length: bonus.max_points }, (_, i) => i + 1));
      required.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(required[i]!));
      for (const sex of bonus.sexes)
        for (const grade of bonus.grades) expect(item(name).applies_to[sex]).toContain(grade);
    }
    expect(bonusRequirements(FITNESS_DATA.bonus.rope_skip_1min)).toEqual(
      FITNESS_DATA.bonus.rope_skip_1min.points.map((p) => p * 2),
    );
    expect(FITNESS_DATA.bonus.rope_skip_1min.max_points).toBe(20);
    expect(FITNESS_DATA.bonus.total_bonus_max).toBe(20);
  });
});
