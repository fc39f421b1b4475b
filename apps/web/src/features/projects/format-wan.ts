/** An amount in 万元 with thousands separators and at most two decimals, as the bureau prints money. */
export function formatWan(amount: number | null): string {
  if (amount === null) return "—";
  return amount.toLocaleString("zh-CN", { maximumFractionDigits: 2 });
}
