import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { plansQuery } from "./work-plan.api.ts";
import type { PlanListItem } from "./work-plan.api.ts";

/** The plan a page shows: `?plan=` when it names a known plan, otherwise the latest year's. */
export function usePlan() {
  const [params, setParams] = useSearchParams();
  const plans = useQuery(plansQuery());
  const items = plans.data ?? [];
  const latest = items.reduce<PlanListItem | undefined>((a, p) => (a && a.year >= p.year ? a : p), undefined);
  const plan = items.find((p) => p.id === params.get("plan")) ?? latest;
  const choose = (planId: string) => {
    const next = new URLSearchParams(params);
    if (planId === latest?.id) next.delete("plan");
    else next.set("plan", planId);
    setParams(next, { replace: true });
  };
  return { plans: items, plan, choose, isPending: plans.isPending, error: plans.error };
}
