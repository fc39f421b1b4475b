import { INSTITUTION_TYPE_LABELS, OWNERSHIP_LABELS } from "@edubureau/domain/registry";
import { useQuery } from "@tanstack/react-query";
import { Button, Descriptions, Divider, Drawer, Space, Spin, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime, formatNumber } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import { InstitutionHistory } from "./institution-history.tsx";
import { InstitutionStatusTag } from "./institution-status-tag.tsx";
import type { InstitutionDetail } from "./institutions.api.ts";
import { detailQuery } from "./institutions.api.ts";

/** The registry facts of one institution, as the drawer and the school page list them. */
export function institutionDetails(item: InstitutionDetail) {
  const none = t.institutions.none;
  return [
    {
      key: "code",
      label: t.institutions.code,
      children: <Typography.Text code>{item.code}</Typography.Text>,
    },
    {
      key: "type",
      label: `${t.institutions.type} / ${t.institutions.ownership}`,
      children: (
        <Space size={4}>
          <Tag color="blue">{INSTITUTION_TYPE_LABELS[item.type]}</Tag>
          <Tag>{OWNERSHIP_LABELS[item.ownership]}</Tag>
          {item.type === "kindergarten" && (
            <Tag color={item.inclusive ? "green" : "default"}>
              {item.inclusive ? t.institutions.inclusiveYes : t.institutions.inclusiveNo}
            </Tag>
          )}
        </Space>
      ),
    },
    { key: "status", label: t.institutions.status, children: <InstitutionStatusTag status={item.status} /> },
    {
      key: "places",
      label: t.institutions.places,
      children: item.places > 0 ? formatNumber(item.places) : t.institutions.placesUnset,
    },
    {
      key: "enrolment",
      label: t.institutions.enrolment,
      children: item.enrolment
        ? t.institutions.enrolmentValue(item.enrolment.students, item.enrolment.schoolYear)
        : none,
    },
    { key: "designations", label: t.institutions.designationCount, children: item.designationCount },
    {
      key: "group",
      label: t.institutions.educationGroup,
      children: item.educationGroup ? (
        <Space size={4}>
          {item.educationGroup}
          {item.groupLead && <Tag color="gold">{t.institutions.groupLead}</Tag>}
        </Space>
      ) : (
        none
      ),
    },
    {
      key: "area",
      label: t.institutions.area,
      children: [item.district.name, item.street?.name].filter(Boolean).join(" / "),
    },
    { key: "address", label: t.institutions.address, children: item.address ?? none },
    {
      key: "coordinates",
      label: t.institutions.coordinates,
      children:
        item.longitude !== null && item.latitude !== null ? `${item.longitude}, ${item.latitude}` : none,
    },
    { key: "updatedAt", label: t.institutions.updatedAt, children: formatDateTime(item.updatedAt) },
  ];
}

interface InstitutionDrawerProps {
  id: string;
  canWrite: boolean;
  onEdit: (institution: InstitutionDetail) => void;
  onClose: () => void;
}

/** One institution: its registry facts and its change history. */
export function InstitutionDrawer({ id, canWrite, onEdit, onClose }: InstitutionDrawerProps) {
  const institution = useQuery(detailQuery(id));
  const data = institution.data;
  return (
    <Drawer
      open
      size={600}
      title={data?.name ?? t.institutions.detail}
      onClose={onClose}
      extra={
        data && (
          <Space>
            <Link to={`/institutions/${id}`} data-testid="institution-drawer-page">
              {t.school.open}
            </Link>
            {canWrite && (
              <Button onClick={() => onEdit(data)} data-testid="institution-drawer-edit">
                {t.common.edit}
              </Button>
            )}
          </Space>
        )
      }
      data-testid="institution-drawer"
    >
      <ErrorAlert error={institution.error} />
      {institution.isPending && <Spin />}
      {data && <Descriptions column={1} size="small" bordered items={institutionDetails(data)} />}
      <Divider titlePlacement="start">{t.institutions.history}</Divider>
      <InstitutionHistory id={id} />
    </Drawer>
  );
}
