import { z } from "zod";
import { planErrorMap, problemsFromZod } from "./plan-problems.ts";
import type { PlanProblem } from "./plan-problems.ts";

/** A bureau division (处室) that leads or co-leads plan tasks; seeded from plans/*-divisions.yaml. */
export const divisionSchema = z.strictObject({
  code: z.string().regex(/^DIV-[A-Z]+$/, "须形如 DIV-JJ"),
  name: z.string().trim().min(1, "不能为空"),
});

export const divisionsFileSchema = z.strictObject({
  divisions: z.array(divisionSchema).min(1, "至少需要一个处室"),
});

export type Division = z.infer<typeof divisionSchema>;

export type DivisionsValidation =
  { ok: true; divisions: Division[] } | { ok: false; problems: PlanProblem[] };

export function validateDivisionsFile(raw: unknown): DivisionsValidation {
  const parsed = divisionsFileSchema.safeParse(raw, { error: planErrorMap });
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const problems: PlanProblem[] = [];
  const seen = new Set<string>();
  parsed.data.divisions.forEach((division, i) => {
    if (seen.has(division.code))
      problems.push({ path: `divisions[${i}].code`, message: `处室编码重复：${division.code}` });
    seen.add(division.code);
  });
  return problems.length === 0 ? { ok: true, divisions: parsed.data.divisions } : { ok: false, problems };
}
