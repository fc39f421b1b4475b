import { z } from "zod";
import { recordOf } from "../../http/zod-types.ts";
import { ORG_UNIT_KINDS } from "@edubureau/domain";
import { PARAM_KEYS, PERIOD_TYPES } from "@edubureau/domain/indicators";

export const codeParams = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_.]{1,63}$/, "指标代码格式不正确"),
});

const booleanText = z.enum(["true", "false"], "取值须为 true 或 false").transform((text) => text === "true");

/** Indicator parameters travel as query-string text; the domain checks them against the definition. */
const paramFields = Object.fromEntries(
  PARAM_KEYS.map((key) => [key, z.string().max(200).optional()]),
) as Record<(typeof PARAM_KEYS)[number], z.ZodOptional<z.ZodString>>;

const common = {
  period: z.string().max(20).optional(),
  /** true: the asking unit's own unapproved figures count too (labelled); other units' never do. */
  includeUnapproved: booleanText.default(false),
  ...paramFields,
};

export const evaluateQuery = z.object({ orgUnitId: z.uuid("机构编号格式不正确").optional(), ...common });
export const seriesQuery = evaluateQuery.extend({
  count: z.coerce.number().int().min(1, "期数至少为 1").max(10, "最多 10 期").default(5),
});
export const allUnitsQuery = z.object(common);

const indicatorHeader = {
  indicator: z.object({
    code: z.string(),
    name: z.string(),
    numeratorText: z.string(),
    denominatorText: z.string().nullable(),
    unit: z.string(),
    factor: z.number(),
    periodType: z.enum(PERIOD_TYPES),
    snapshot: z.boolean(),
    betterWhen: z.enum(["higher", "lower"]),
    params: z.record(z.string(), z.string()),
  }),
  period: z.object({ key: z.string(), label: z.string() }),
  includeUnapproved: z.boolean(),
  dataBasis: z.object({ kind: z.enum(["approved", "approved_and_own"]), label: z.string() }),
};

const figures = { numerator: z.number(), denominator: z.number(), value: z.number().nullable() };

const unitRef = {
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORG_UNIT_KINDS),
  kindLabel: z.string(),
};

export const evaluation = z.object({ ...indicatorHeader, orgUnit: z.object(unitRef), ...figures });

export const breakdown = z.object({
  ...indicatorHeader,
  ancestors: z.array(z.object({ id: z.uuid(), name: z.string() })),
  orgUnit: z.object({ ...unitRef, ...figures }),
  children: z.array(z.object({ ...unitRef, childCount: z.number().int(), ...figures })),
});

export const series = z.object({
  ...indicatorHeader,
  orgUnit: z.object(unitRef),
  points: z.array(z.object({ period: z.string(), label: z.string(), ...figures })),
});

export const allUnits = z.object({
  ...indicatorHeader,
  items: z.array(z.object({ orgUnitId: z.uuid(), ...figures })),
});

const option = z.object({ value: z.string(), label: z.string() });

export const catalogue = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      factor: z.number(),
      periodType: z.enum(PERIOD_TYPES),
      snapshot: z.boolean(),
      betterWhen: z.enum(["higher", "lower"]),
      source: z.enum(["registry", "reported"]),
      description: z.string(),
      numeratorText: z.string(),
      denominatorText: z.string().nullable(),
      params: z.array(
        z.object({
          key: z.string(),
          label: z.string(),
          multiple: z.boolean(),
          default: z.string(),
          options: z.array(option),
        }),
      ),
    }),
  ),
  periods: recordOf(PERIOD_TYPES, z.array(option)),
  /** The period to open on for each type: the latest with data, else the current one. */
  defaults: recordOf(PERIOD_TYPES, z.string()),
});
