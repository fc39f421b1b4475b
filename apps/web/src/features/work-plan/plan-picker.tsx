import { Select, Space, Tag, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import type { PlanListItem } from "./work-plan.api.ts";

/** The plan in view, and the day its status is measured at (a fixed day for the demo data). */
export function PlanPicker({
  plans,
  plan,
  onChange,
}: {
  plans: PlanListItem[];
  plan: PlanListItem;
  onChange: (planId: string) => void;
}) {
  return (
    <Space wrap>
      <Typography.Text type="secondary">{t.workPlan.plan}</Typography.Text>
      <Select
        value={plan.id}
        onChange={onChange}
        options={plans.map((p) => ({ value: p.id, label: p.title }))}
        style={{ minWidth: 280 }}
        data-testid="plan-picker"
      />
      <EvaluationDateTag evaluationDate={plan.evaluationDate} />
    </Space>
  );
}

export function EvaluationDateTag({ evaluationDate }: { evaluationDate: string | null }) {
  if (evaluationDate === null) return null;
  return (
    <Tag color="purple" data-testid="plan-evaluation-date">
      {t.workPlan.evaluatedOn(evaluationDate)}
    </Tag>
  );
}
