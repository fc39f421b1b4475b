import type { ApprovalStatus } from "@edubureau/domain/indicators";
import { Card, Empty, Flex, Select, Tabs, Typography } from "antd";
import { useSearchParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { OrgUnitPicker } from "../org-units/org-unit-picker.tsx";
import { ApprovalQueue } from "./approval-queue.tsx";
import { DataElementsTable } from "./data-elements-table.tsx";
import { DataForm } from "./data-form.tsx";
import { usePeriodChoices } from "./data-periods.ts";

type TabKey = "form" | "queue" | "elements";
const TABS: readonly TabKey[] = ["form", "queue", "elements"];
const STATUSES: readonly string[] = ["draft", "submitted", "district_approved", "city_confirmed"];

/** 数据填报 opens on the form, 数据审核 on the queue; both are the same page. */
export function DataEntryPage() {
  return <DataPage defaultTab="form" />;
}

export function DataApprovalPage() {
  return <DataPage defaultTab="queue" />;
}

function DataPage({ defaultTab }: { defaultTab: TabKey }) {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get("tab");
  const tab: TabKey = TABS.find((k) => k === tabParam) ?? defaultTab;
  const choices = usePeriodChoices();
  const period = params.get("period") ?? choices[0]?.options[0]?.value ?? "";
  // Schools and districts report for their own unit first; 市局 accounts pick one.
  const unit =
    params.get("unit") ??
    (me.orgUnit.kind === "institution" || me.orgUnit.kind === "district" ? me.orgUnit.id : "");
  const unitName = params.get("unitName") ?? (unit === me.orgUnit.id ? me.orgUnit.name : "");
  const statusParam = params.get("status") ?? "submitted";
  const status = (STATUSES.includes(statusParam) ? statusParam : "") as ApprovalStatus | "";

  const go = (
    next: Partial<{ tab: TabKey; period: string; unit: string; unitName: string; status: string }>,
  ) => {
    const merged = { tab, period, unit, unitName, status, ...next };
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(merged)) if (value) search.set(key, value);
    if (!merged.status) search.set("status", "all");
    setParams(search, { replace: true });
  };

  const canDefine =
    hasPermission(me, "data.approve") && (me.role === "sys_admin" || me.role === "city_division");
  const items = [
    {
      key: "form",
      label: t.dataEntry.tabs.form,
      children: (
        <Flex vertical gap={16}>
          <Flex gap={12} wrap align="center">
            <Typography.Text type="secondary">{t.dataEntry.unit}</Typography.Text>
            <div style={{ minWidth: 280 }}>
              <OrgUnitPicker
                value={unit ? { value: unit, label: unitName || unit } : undefined}
                onChange={(option) =>
                  go({ unit: option.value, unitName: typeof option.label === "string" ? option.label : "" })
                }
                testId="data-unit-picker"
              />
            </div>
            <Typography.Text type="secondary">{t.dataEntry.period}</Typography.Text>
            <Select
              value={period}
              options={choices}
              onChange={(next) => go({ period: next })}
              style={{ width: 180 }}
              data-testid="data-period"
            />
          </Flex>
          {unit ? (
            <DataForm orgUnitId={unit} period={period} />
          ) : (
            <Empty description={t.dataEntry.pickUnit} />
          )}
        </Flex>
      ),
    },
    {
      key: "queue",
      label: t.dataEntry.tabs.queue,
      children: (
        <ApprovalQueue
          period={period}
          status={status}
          onChange={(next) => go({ ...next })}
          onOpen={(orgUnit) => go({ tab: "form", unit: orgUnit.id, unitName: orgUnit.name })}
        />
      ),
    },
    {
      key: "elements",
      label: t.dataEntry.tabs.elements,
      children: <DataElementsTable canDefine={canDefine} />,
    },
  ];
  return (
    <Card data-testid="page-data-entry">
      <Tabs activeKey={tab} onChange={(key) => go({ tab: key as TabKey })} items={items} />
    </Card>
  );
}
