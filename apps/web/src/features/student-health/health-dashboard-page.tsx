import { FileExcelOutlined, FileWordOutlined, UploadOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Col, Drawer, Flex, Row, Select, Space, Statistic, Typography } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { GradeChart, TrendChart } from "./health-charts.tsx";
import { HealthImport } from "./health-import.tsx";
import { ChangesTable, ChildrenTable, GradeTable } from "./health-tables.tsx";
import {
  pct,
  points,
  reportJobFileUrl,
  reportJobStatus,
  reportQuery,
  startReportJob,
  type ReportParams,
} from "./health.api.ts";
import { ReportJobButton } from "../../components/report-job-button.tsx";
import type { HealthRates, ImportKind, MonitoringReport } from "./health.api.ts";

type RateKey = "myopiaRate" | "poorVisionRate" | "passRate" | "goodRate" | "overweightRate" | "obesityRate";

const KPIS: { key: RateKey; label: string; lowerIsBetter: boolean; base: (r: HealthRates) => string }[] = [
  {
    key: "myopiaRate",
    label: t.health.kpi.myopia,
    lowerIsBetter: true,
    base: (r) => t.health.screened(r.screened),
  },
  {
    key: "poorVisionRate",
    label: t.health.kpi.poorVision,
    lowerIsBetter: true,
    base: (r) => t.health.screened(r.screened),
  },
  { key: "passRate", label: t.health.kpi.pass, lowerIsBetter: false, base: (r) => t.health.tested(r.tested) },
  { key: "goodRate", label: t.health.kpi.good, lowerIsBetter: false, base: (r) => t.health.tested(r.tested) },
  {
    key: "overweightRate",
    label: t.health.kpi.overweight,
    lowerIsBetter: true,
    base: (r) => t.health.bmiScreened(r.bmiScreened),
  },
  {
    key: "obesityRate",
    label: t.health.kpi.obesity,
    lowerIsBetter: true,
    base: (r) => t.health.bmiScreened(r.bmiScreened),
  },
];

function targetNote(report: MonitoringReport, key: RateKey): string | null {
  const tg = report.targets;
  if (key === "myopiaRate") {
    return tg.myopiaThisYear !== null && tg.myopiaBaseline !== null
      ? t.health.targetMyopiaYear(pct(tg.myopiaThisYear), pct(tg.myopiaBaseline))
      : t.health.targetMyopiaNoBaseline;
  }
  if (key === "goodRate") return t.health.targetGood(pct(tg.goodRate2022));
  return null;
}

/** The headline rates with the year-on-year change and the plan's targets, for any unit's report. */
export function HealthKpis({ report }: { report: MonitoringReport }) {
  const { current, previous } = report.overall;
  return (
    <Row gutter={[12, 12]}>
      {KPIS.map(({ key, label, lowerIsBetter, base }) => {
        const value = current[key];
        const before = previous?.[key];
        const delta = value === null || before === null || before === undefined ? null : value - before;
        const better = delta !== null && (lowerIsBetter ? delta < 0 : delta > 0);
        const note = targetNote(report, key);
        return (
          <Col key={key} xs={12} md={8} xl={4}>
            <Card size="small" data-testid={`health-kpi-${key}`}>
              <Statistic title={label} value={pct(value)} />
              <Typography.Text
                type={delta === null ? "secondary" : better ? "success" : "danger"}
                style={{ fontSize: 12 }}
              >
                {delta === null ? t.health.noPrevious : t.health.yoy(points(delta))}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {base(current)}
                </Typography.Text>
              </div>
              {note && (
                <div>
                  <Typography.Text type="warning" style={{ fontSize: 12 }}>
                    {note}
                  </Typography.Text>
                </div>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

/** 学生体质健康: the monitoring report on screen (rates, targets, breakdowns), downloads and imports. */
export function HealthDashboardPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "health.write");
  const [params, setParams] = useState<ReportParams>({});
  const [importing, setImporting] = useState<ImportKind | null>(null);
  const query = useQuery(reportQuery(params));
  const report = query.data;
  const years = report
    ? [...new Set([...report.trend.map((p) => p.schoolYear), report.schoolYear])].sort().reverse()
    : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="health-dashboard">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {report ? `${report.unit.name} · ${t.health.dashboardTitle}` : t.health.dashboardTitle}
          </Typography.Title>
          <Select
            style={{ width: 140 }}
            value={report?.schoolYear}
            options={years.map((y) => ({ value: y, label: y }))}
            onChange={(schoolYear: string) => setParams({ ...params, schoolYear })}
            aria-label={t.health.schoolYear}
            data-testid="health-year"
          />
          {params.unitId && (
            <Button onClick={() => setParams({ schoolYear: params.schoolYear })}>
              {t.health.backToScope}
            </Button>
          )}
        </Space>
        <Space wrap>
          {canWrite && (
            <>
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting("screening")}
                data-testid="health-import-screening-open"
              >
                {t.health.importScreening}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setImporting("fitness")}>
                {t.health.importFitness}
              </Button>
            </>
          )}
          {(["docx", "xlsx"] as const).map((format) => (
            <ReportJobButton
              key={format}
              icon={format === "docx" ? <FileWordOutlined /> : <FileExcelOutlined />}
              label={format === "docx" ? t.health.downloadDocx : t.health.downloadXlsx}
              start={() => startReportJob(format, { ...params, schoolYear: report?.schoolYear })}
              status={reportJobStatus}
              fileUrl={reportJobFileUrl}
              testId={`health-report-${format}`}
            />
          ))}
        </Space>
      </Flex>
      <ErrorAlert error={query.error} />
      {report && (
        <>
          <HealthKpis report={report} />
          <Alert
            type="info"
            showIcon
            title={t.health.targetsTitle}
            description={
              <>
                <div>
                  {t.health.targets2030(
                    pct(report.targets.myopia2030.primary),
                    pct(report.targets.myopia2030.junior),
                    pct(report.targets.myopia2030.senior),
                  )}
                </div>
                <div>{t.health.targetsGood}</div>
              </>
            }
          />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t.health.byGradeChart}>
                <GradeChart report={report} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t.health.trendChart}>
                <TrendChart report={report} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t.health.byGradeTable}>
            <GradeTable lines={report.byGrade} />
          </Card>
          {report.childKind && (
            <Card
              size="small"
              title={report.childKind === "district" ? t.health.childrenDistricts : t.health.childrenSchools}
            >
              <ChildrenTable
                lines={report.children}
                title={
                  report.childKind === "district" ? t.health.childrenDistricts : t.health.childrenSchools
                }
                onOpen={(line) => setParams({ schoolYear: report.schoolYear, unitId: line.id })}
              />
            </Card>
          )}
          {(report.largestChanges.myopia.length > 0 || report.largestChanges.goodRate.length > 0) && (
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={12}>
                <Card size="small" title={`${t.health.largestChanges} · ${t.health.largestMyopia}`}>
                  <ChangesTable lines={report.largestChanges.myopia} pick="myopia" />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card size="small" title={`${t.health.largestChanges} · ${t.health.largestGood}`}>
                  <ChangesTable lines={report.largestChanges.goodRate} pick="goodRate" />
                </Card>
              </Col>
            </Row>
          )}
        </>
      )}
      <Drawer
        open={importing !== null}
        size="large"
        title={importing ? t.health.importTitle[importing] : ""}
        onClose={() => setImporting(null)}
        destroyOnHidden
      >
        {importing && <HealthImport kind={importing} />}
      </Drawer>
    </Space>
  );
}
