/**
 * 校际差异系数 (coefficient of variation between schools), as in 《县域义务教育优质均衡发展督导评估办法》
 * (教督〔2017〕6号): CV = S / X̄ with X̄ = Σ PᵢXᵢ / P and S = √(Σ Pᵢ (Xᵢ − X̄)² / P), where Pᵢ is school i's
 * weight (its enrolment; 1 each when not given). 优质均衡 asks CV ≤ 0.50 for primary, ≤ 0.45 for junior schools.
 */
export const CV_LIMIT = { 小学: 0.5, 初中: 0.45 } as const;

export function coefficientOfVariation(values: readonly { value: number; weight?: number }[]): number | null {
  const rows = values.filter((v) => Number.isFinite(v.value) && (v.weight ?? 1) > 0);
  if (rows.length === 0) return null;
  const p = rows.reduce((s, r) => s + (r.weight ?? 1), 0);
  const mean = rows.reduce((s, r) => s + (r.weight ?? 1) * r.value, 0) / p;
  if (mean === 0) return null;
  const variance = rows.reduce((s, r) => s + (r.weight ?? 1) * (r.value - mean) ** 2, 0) / p;
  return Math.sqrt(variance) / Math.abs(mean);
}

export function mean(values: readonly number[]): number | null {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? null : finite.reduce((a, b) => a + b, 0) / finite.length;
}
