import { CameraOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Upload,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Input,
  List,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import {
  inspectorateKeys,
  recordVisit,
  uploadVisitPhoto,
  visitPhotoUrl,
  visitQuery,
  type VisitDetail,
  type VisitRecordBody,
} from "./inspectorate.api.ts";
import { useAction } from "./use-action.ts";

const V = t.inspectorate.visit;
type Severity = VisitRecordBody["findings"][number]["severity"];

interface FindingDraft {
  severity: Severity;
  description: string;
  rectify: boolean;
  unit: "district" | "school";
  deadline: Dayjs | null;
  requirement: string;
}

const newFinding = (): FindingDraft => ({
  severity: "major",
  description: "",
  rectify: true,
  unit: "district",
  deadline: dayjs().add(30, "day"),
  requirement: "",
});

/** 现场照片: listed, and taken or picked on the phone by the plan's 督学. */
function Photos({ visit }: { visit: VisitDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (
    <Space wrap>
      {visit.photos.map((p) => (
        <a key={p.id} href={visitPhotoUrl(visit.id, p.id)}>
          {p.fileName}
        </a>
      ))}
      <Upload
        accept="image/jpeg,image/png"
        capture="environment"
        showUploadList={false}
        customRequest={({ file }) => {
          void uploadVisitPhoto(visit.id, file as File)
            .then(() => queryClient.invalidateQueries({ queryKey: inspectorateKeys.all }))
            .catch((error: Error) => showError({ error, message }));
        }}
      >
        <Button icon={<CameraOutlined />}>{V.photo}</Button>
      </Upload>
    </Space>
  );
}

/** A visit on a phone: checklist answers, the summary, findings with severity and rectification. */
export function VisitPage() {
  const { id = "" } = useParams();
  const visit = useQuery(visitQuery(id));
  const [answers, setAnswers] = useState<Record<string, { compliant: boolean; note: string }>>({});
  const [summary, setSummary] = useState("");
  const [findings, setFindings] = useState<FindingDraft[]>([]);
  const v = visit.data;
  const save = useAction(
    () =>
      recordVisit(id, {
        answers: (v?.checklist ?? []).flatMap((c) => {
          const a = answers[c.code];
          return a ? [{ code: c.code, compliant: a.compliant, note: a.note }] : [];
        }),
        summary,
        findings: findings.map((f) => ({
          severity: f.severity,
          description: f.description,
          ...(f.rectify
            ? {
                rectify: {
                  unit: f.unit,
                  deadline: (f.deadline ?? dayjs().add(30, "day")).format("YYYY-MM-DD"),
                  requirement: f.requirement,
                },
              }
            : {}),
        })),
      }),
    V.saved,
  );
  const set = (i: number, patch: Partial<FindingDraft>) =>
    setFindings(findings.map((f, k) => (k === i ? { ...f, ...patch } : f)));

  return (
    <Card data-testid="page-inspectorate-visit" styles={{ body: { padding: 12 } }}>
      <ErrorAlert error={visit.error} />
      {v && (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {v.school.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {v.visitDate} · {v.plan.title}{" "}
            {v.plan.unannounced && <Tag>{t.inspectorate.plans.unannounced}</Tag>}
          </Typography.Text>
          {v.status === "recorded" ? (
            <>
              <List
                size="small"
                dataSource={v.checklist}
                renderItem={(c) => {
                  const a = v.answers.find((x) => x.code === c.code);
                  return (
                    <List.Item>
                      <Space direction="vertical" size={0}>
                        <span>{c.question}</span>
                        <Tag color={a?.compliant ? "green" : "red"}>
                          {a?.compliant ? V.compliant : V.notCompliant}
                        </Tag>
                        {a?.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
                      </Space>
                    </List.Item>
                  );
                }}
              />
              <Typography.Paragraph>{v.summary}</Typography.Paragraph>
              <Photos visit={v} />
              <Typography.Title level={5}>{V.findings}</Typography.Title>
              {v.findings.map((f) => (
                <Card size="small" key={f.id}>
                  <Tag color="orange">{f.severityLabel}</Tag> {f.description}{" "}
                  {f.rectificationId && (
                    <Link to={`/inspectorate/rectifications/${f.rectificationId}`}>{V.rectification}</Link>
                  )}
                </Card>
              ))}
            </>
          ) : !v.abilities.record ? (
            <Alert type="info" title={V.notYet} />
          ) : (
            <>
              {v.checklist.map((c) => (
                <Card size="small" key={c.code} data-testid={`insp-check-${c.code}`}>
                  <Typography.Paragraph style={{ marginBottom: 8 }}>{c.question}</Typography.Paragraph>
                  <Radio.Group
                    value={answers[c.code]?.compliant}
                    onChange={(e) =>
                      setAnswers({
                        ...answers,
                        [c.code]: { compliant: e.target.value as boolean, note: answers[c.code]?.note ?? "" },
                      })
                    }
                    options={[
                      { value: true, label: V.compliant },
                      { value: false, label: V.notCompliant },
                    ]}
                  />
                  <Input
                    placeholder={V.note}
                    style={{ marginTop: 8 }}
                    value={answers[c.code]?.note ?? ""}
                    onChange={(e) =>
                      setAnswers({
                        ...answers,
                        [c.code]: { compliant: answers[c.code]?.compliant ?? true, note: e.target.value },
                      })
                    }
                  />
                </Card>
              ))}
              <Input.TextArea
                rows={3}
                placeholder={V.summary}
                value={summary}
                onChange={(e) => setSummary(e.target.value)}
                data-testid="insp-visit-summary"
              />
              <Flex justify="space-between" align="center">
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {V.findings}
                </Typography.Title>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => setFindings([...findings, newFinding()])}
                  data-testid="insp-add-finding"
                >
                  {V.addFinding}
                </Button>
              </Flex>
              {findings.map((f, i) => (
                <Card
                  size="small"
                  key={i}
                  extra={
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => setFindings(findings.filter((_, k) => k !== i))}
                    />
                  }
                  title={`${V.findings} ${i + 1}`}
                >
                  <Space direction="vertical" style={{ width: "100%" }}>
                    <Select
                      value={f.severity}
                      onChange={(severity: Severity) => set(i, { severity })}
                      options={Object.entries(V.severities).map(([value, label]) => ({ value, label }))}
                      style={{ width: "100%" }}
                    />
                    <Input.TextArea
                      rows={2}
                      placeholder={V.description}
                      value={f.description}
                      onChange={(e) => set(i, { description: e.target.value })}
                      data-testid={`insp-finding-${i}`}
                    />
                    <Checkbox checked={f.rectify} onChange={(e) => set(i, { rectify: e.target.checked })}>
                      {V.rectify}
                    </Checkbox>
                    {f.rectify && (
                      <>
                        <Radio.Group
                          value={f.unit}
                          onChange={(e) => set(i, { unit: e.target.value as FindingDraft["unit"] })}
                          options={[
                            { value: "district", label: V.toDistrict },
                            { value: "school", label: V.toSchool },
                          ]}
                        />
                        <DatePicker
                          style={{ width: "100%" }}
                          value={f.deadline}
                          onChange={(deadline) => set(i, { deadline })}
                          placeholder={V.deadline}
                        />
                        <Input
                          placeholder={V.requirement}
                          value={f.requirement}
                          onChange={(e) => set(i, { requirement: e.target.value })}
                        />
                      </>
                    )}
                  </Space>
                </Card>
              ))}
              <Button
                type="primary"
                block
                size="large"
                onClick={() => save.mutate()}
                loading={save.isPending}
                data-testid="insp-visit-save"
              >
                {V.save}
              </Button>
            </>
          )}
        </Space>
      )}
    </Card>
  );
}
