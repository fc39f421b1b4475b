import { EditOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Descriptions, Space, Tag } from "antd";
import { useState } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { FullPageSpin } from "../../components/full-page-spin.tsx";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import { childKindsOf, CreateOrgUnitModal } from "./create-org-unit-modal.tsx";
import { detailQuery } from "./org-units.api.ts";
import type { OrgUnit } from "./org-units.api.ts";
import { RenameOrgUnitModal } from "./rename-org-unit-modal.tsx";

interface OrgUnitDetailProps {
  id: string;
  canWrite: boolean;
  onCreated: (unit: OrgUnit) => void;
}

export function OrgUnitDetail({ id, canWrite, onCreated }: OrgUnitDetailProps) {
  const detail = useQuery(detailQuery(id));
  // Modals mount only while open, so each opening starts from a fresh form.
  const [dialog, setDialog] = useState<"create" | "rename" | null>(null);

  if (detail.isPending) return <FullPageSpin />;
  if (detail.isError) return <ErrorAlert error={detail.error} testId="org-detail-error" />;
  const unit = detail.data;
  const canCreateChild = canWrite && childKindsOf(unit.kind).length > 0;

  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="middle"
        styles={{ label: { width: 120 } }}
        data-testid="org-detail"
        items={[
          {
            key: "name",
            label: t.orgUnits.name,
            children: <span data-testid="org-detail-name">{unit.name}</span>,
          },
          { key: "code", label: t.orgUnits.code, children: unit.code },
          { key: "kind", label: t.orgUnits.kind, children: <Tag>{unit.kindLabel}</Tag> },
          { key: "path", label: t.orgUnits.path, children: unit.pathNames.join(" / ") || "—" },
          { key: "childCount", label: t.orgUnits.childCount, children: unit.childCount },
          { key: "createdAt", label: t.orgUnits.createdAt, children: formatDateTime(unit.createdAt) },
        ]}
      />
      {canWrite && (
        <Space style={{ marginTop: 16 }}>
          {canCreateChild && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog("create")}
              data-testid="org-create-child"
            >
              {t.orgUnits.createChild}
            </Button>
          )}
          <Button icon={<EditOutlined />} onClick={() => setDialog("rename")} data-testid="org-rename">
            {t.orgUnits.rename}
          </Button>
        </Space>
      )}
      {dialog === "create" && (
        <CreateOrgUnitModal parent={unit} onClose={() => setDialog(null)} onCreated={onCreated} />
      )}
      {dialog === "rename" && <RenameOrgUnitModal unit={unit} onClose={() => setDialog(null)} />}
    </>
  );
}
