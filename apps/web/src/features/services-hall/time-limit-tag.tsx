import { Tag } from "antd";
import { t } from "../../app/locale/index.ts";
import type { CaseSummary } from "./services-hall.api.ts";

const COLOURS: Record<string, string> = { normal: "green", dueSoon: "orange", overdue: "red" };

/** The case's clock in working days: green 正常, orange 即将超期, red 超期. */
export function TimeLimitTag({ c }: { c: CaseSummary }) {
  if (!c.timeLimit) return null;
  const open = c.concludedOn === null;
  if (!open) {
    const late = c.timeLimit.status === "overdue";
    return (
      <Tag color={late ? "red" : "green"} data-testid="services-time-limit">
        {late ? t.servicesHall.lateDone : t.servicesHall.onTime}
      </Tag>
    );
  }
  return (
    <Tag color={COLOURS[c.timeLimit.status]} data-testid="services-time-limit">
      {t.servicesHall.timeStatus[c.timeLimit.status]}
      {` · ${t.servicesHall.remaining(c.timeLimit.remainingDays)}`}
    </Tag>
  );
}
