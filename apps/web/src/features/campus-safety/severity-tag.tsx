import { Tag } from "antd";

const COLOURS: Record<string, string> = { I: "red", II: "volcano", III: "orange", IV: "blue" };

export function SeverityTag({ severity, label }: { severity: string; label: string }) {
  return <Tag color={COLOURS[severity] ?? "default"}>{label}</Tag>;
}
