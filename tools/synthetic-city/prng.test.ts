import { describe, expect, it } from "vitest";
import { deterministicId, Prng } from "./prng.ts";

describe("Prng", () => {
  it("repeats for the same seed and labels and differs for others", () => {
    const draw = (rng: Prng) => Array.from({ length: 5 }, () => rng.uint32());
    expect(draw(new Prng(2019, "a"))).toEqual(draw(new Prng(2019, "a")));
    expect(draw(new Prng(2019, "a"))).not.toEqual(draw(new Prng(2019, "b")));
    expect(draw(new Prng(2019, "a"))).not.toEqual(draw(new Prng(2020, "a")));
  });

  it("draws integers in range and roughly uniformly", () => {
    const rng = new Prng(1);
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) {
      const value = rng.int(1, 6);
      counts[value - 1] = (counts[value - 1] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it("draws normals with the asked mean and spread", () => {
    const rng = new Prng(3);
    const values = Array.from({ length: 20_000 }, () => rng.normal(45, 4));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(45, 0);
    expect(sd).toBeCloseTo(4, 0);
  });

  it("samples without repeats", () => {
    const sample = new Prng(5).sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(sample).size).toBe(5);
  });
});

describe("deterministicId", () => {
  it("is a version-4-shaped UUID that depends only on the seed and the key", () => {
    const id = deterministicId(2019, "org_unit", "430102");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicId(2019, "org_unit", "430102")).toBe(id);
    expect(deterministicId(2020, "org_unit", "430102")).not.toBe(id);
    expect(deterministicId(2019, "school_class", "430102")).not.toBe(id);
  });

  it("does not collide over many keys", () => {
    const ids = new Set(Array.from({ length: 100_000 }, (_, i) => deterministicId(1, "k", String(i))));
    expect(ids.size).toBe(100_000);
  });
});
