import { EditOutlined } from "@ant-design/icons";
import { Button, Select, Space } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { openPeriods, useOpenReport } from "./open-report.ts";
import type { PlanHeader } from "./work-plan.api.ts";

/** 填报进展 for a responsible unit: pick the period (the current one by default) and open its report. */
export function ReportAction({ taskId, plan }: { taskId: string; plan: PlanHeader }) {
  const periods = openPeriods(plan);
  const [periodKey, setPeriodKey] = useState(periods[0]?.key);
  const open = useOpenReport();
  if (periods.length === 0 || periodKey === undefined) return null;
  return (
    <Space.Compact>
      <Select
        value={periodKey}
        onChange={setPeriodKey}
        options={periods.map((p) => ({ value: p.key, label: p.label }))}
        style={{ width: 150 }}
        data-testid="wp-report-period"
      />
      <Button
        type="primary"
        icon={<EditOutlined />}
        loading={open.isPending}
        onClick={() => open.mutate({ taskId, periodKey })}
        data-testid="wp-report-open"
      >
        {t.workPlan.report}
      </Button>
    </Space.Compact>
  );
}
