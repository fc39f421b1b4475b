import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE, parsePeriod, resolveIndicator } from "@edubureau/domain/indicators";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createOrgUnitsService } from "../org-units/org-units.service.ts";
import { buildIndicatorFixture, type IndicatorFixture } from "./indicators.fixture.ts";
import { createIndicatorsService } from "./indicators.service.ts";

let t: TestApp;
let u: IndicatorFixture;
beforeAll(async () => {
  t = await createTestApp();
  u = await buildIndicatorFixture(t.database.db, t.world);
});
afterAll(async () => t.close());

/** Every shipped indicator with its default parameters, for the period type it reads. */
const cases = INDICATOR_CATALOGUE.map((definition) => {
  const resolved = resolveIndicator(definition, {});
  if (!resolved.ok) throw new Error(`${definition.code}: ${JSON.stringify(resolved)}`);
  const period = parsePeriod(definition.periodType === "year" ? "2019" : "2019-2020")!;
  return [definition.code, resolved.indicator, period] as const;
});

describe("many units at once", () => {
  it.each(cases)(
    "%s: one query gives what each unit's own evaluation gives",
    async (_code, indicator, period) => {
      const ctx = { database: t.database, clock: t.clock };
      const service = createIndicatorsService(ctx, { orgUnits: createOrgUnitsService(ctx) });
      const { city, districtA, districtB, schoolA } = t.world;
      const units = [districtA, districtB, u.streetA, schoolA, u.cA1, city];
      const one = await Promise.all(
        units.map((unit) => service.evaluateResolved(indicator, unit.path, period)),
      );
      const many = await service.evaluateResolvedForUnits(
        indicator,
        units.map((unit) => unit.path),
        period,
      );
      expect(many).toEqual(one.map((f) => f.value));
      expect(await service.evaluateResolvedForUnits(indicator, [districtB.path], period)).toEqual([
        one[1]!.value,
      ]);
      expect(await service.evaluateResolvedForUnits(indicator, [], period)).toEqual([]);
    },
  );
});
