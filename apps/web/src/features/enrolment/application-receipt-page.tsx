import { PrinterOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Descriptions, Empty, Flex, Typography } from "antd";
import { Link, useParams } from "react-router";
import { applicationMaterials } from "@edubureau/domain/enrolment";
import { t } from "../../app/locale/index.ts";
import { formatDateTime } from "../../app/format.ts";
import { useBureauName } from "../auth/use-bureau-name.ts";
import { ApplicationSteps } from "./application-steps.tsx";
import { myApplicationsQuery, publicRoundsQuery, roundSchoolsQuery } from "./enrolment.api.ts";

/** 入学报名回执: what the parent submitted, what to bring and what comes next; printable on one page. */
export function ApplicationReceiptPage() {
  const { id } = useParams();
  const l = t.enrolment;
  const bureau = useBureauName();
  const mine = useQuery(myApplicationsQuery());
  const app = mine.data?.find((a) => a.id === id);
  const round = (useQuery(publicRoundsQuery()).data ?? []).find((r) => r.id === app?.roundId);
  const names = new Map(
    (useQuery(roundSchoolsQuery(app?.roundId ?? "")).data ?? []).map((s) => [s.code, s.name]),
  );
  if (mine.isPending) return <Card loading />;
  if (!app) return <Empty description={l.noApplications} />;
  return (
    <Card data-testid="application-receipt">
      <Flex vertical align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {bureau ?? ""}
        </Typography.Title>
        <Typography.Title level={3} style={{ margin: "8px 0 0" }}>
          {l.receiptTitle}
        </Typography.Title>
      </Flex>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={l.round}>{round?.name}</Descriptions.Item>
        <Descriptions.Item label={l.number}>
          <Typography.Text strong style={{ whiteSpace: "nowrap" }}>
            {app.number}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={l.status}>{l.statuses[app.status]}</Descriptions.Item>
        <Descriptions.Item label={l.receiptSubmittedAt}>{formatDateTime(app.createdAt)}</Descriptions.Item>
        {app.children.map((c) => (
          <Descriptions.Item key={c.number} label={l.childName}>
            {`${c.name}（${c.idNumber}）`}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={l.householdDistrict}>{app.district.name}</Descriptions.Item>
        <Descriptions.Item label={l.choices}>
          {app.choices.map((code, i) => `${i + 1}. ${names.get(code) ?? ""}`).join("；")}
        </Descriptions.Item>
        {app.guardian && (
          <Descriptions.Item label={l.guardianTitle}>
            {`${app.guardian.name}（${l.guardianRelations[app.guardian.relation] ?? ""}） ${app.guardian.phone}`}
            <br />
            {app.guardian.address}
          </Descriptions.Item>
        )}
        {app.pledgedAt && (
          <Descriptions.Item label={l.receiptPledged}>{formatDateTime(app.pledgedAt)}</Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {l.materialsTitle}
      </Typography.Title>
      <ul style={{ marginTop: 0, paddingInlineStart: 20 }}>
        {applicationMaterials(app.household, app.residence).map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <Typography.Title level={5}>{l.nextSteps}</Typography.Title>
      <ApplicationSteps app={app} round={round} />
      <Typography.Paragraph type="secondary">{l.receiptKeep}</Typography.Paragraph>
      <Flex gap={12} wrap className="no-print">
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          data-testid="receipt-print"
        >
          {l.receiptPrint}
        </Button>
        <Link to="/enrolment/mine">
          <Button>{l.receiptBack}</Button>
        </Link>
      </Flex>
    </Card>
  );
}
