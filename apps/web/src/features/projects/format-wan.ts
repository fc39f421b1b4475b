import { formatNumber } from "../../app/format.ts";

/** An amount in 万元 with thousands separators and at most two decimals, as the bureau prints money. */
export function formatWan(amount: number | null): string {
  return formatNumber(amount);
}
