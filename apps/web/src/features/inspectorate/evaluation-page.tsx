import { UploadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { formatNumber } from "../../app/format.ts";
import { useState } from "react";
import { useParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { useAction } from "./use-action.ts";
import {
  concludeEvaluation,
  evaluationEvidenceUrl,
  evaluationQuery,
  evaluationReportUrl,
  inspectorateKeys,
  saveSelfScores,
  saveVerification,
  submitEvaluation,
  uploadEvaluationEvidence,
  type EvaluationItem,
  type SelfScoreBody,
} from "./inspectorate.api.ts";

const T = t.inspectorate;
const E = T.evaluation;

type SelfInput = SelfScoreBody["items"][number]["input"];

/** One district's 履职评价: self-evaluation with evidence (the district), verification (督学), report. */
export function EvaluationPage() {
  const { id = "" } = useParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const evaluation = useQuery(evaluationQuery(id));
  const [self, setSelf] = useState<Record<string, SelfInput>>({});
  const [verify, setVerify] = useState<Record<string, { score: number | null; comment: string }>>({});
  const [deadline, setDeadline] = useState<Dayjs | null>(dayjs().add(60, "day"));
  const refresh = () => queryClient.invalidateQueries({ queryKey: inspectorateKeys.all });
  const saveSelf = useAction(
    () => saveSelfScores(id, { items: Object.entries(self).map(([code, input]) => ({ code, input })) }),
    T.saved,
  );
  const submit = useAction(() => submitEvaluation(id), E.submitted);
  const saveVerify = useAction(
    () =>
      saveVerification(id, {
        items: Object.entries(verify)
          .filter(([, v]) => v.score !== null)
          .map(([code, v]) => ({ code, score: v.score ?? 0, comment: v.comment })),
      }),
    T.saved,
  );
  const conclude = useAction(
    () => concludeEvaluation(id, (deadline ?? dayjs().add(60, "day")).format("YYYY-MM-DD")),
    E.concluded,
  );
  const d = evaluation.data;
  const canSelf = d?.abilities.selfEvaluate ?? false;
  const canVerify = d?.abilities.verify ?? false;

  const selfCell = (item: EvaluationItem) => {
    if (item.level === 1) return null;
    if (!canSelf || item.ruleKind === "computed") return item.selfScore ?? T.noData;
    if (item.ruleKind === "yes_no")
      return (
        <Select
          style={{ width: 110 }}
          data-testid={`insp-self-${item.code}`}
          value={
            self[item.code]?.kind === "yes_no"
              ? String((self[item.code] as { met: boolean }).met)
              : item.selfScore === null
                ? undefined
                : String(item.selfScore > 0)
          }
          onChange={(v) => setSelf({ ...self, [item.code]: { kind: "yes_no", met: v === "true" } })}
          options={[
            { value: "true", label: E.met },
            { value: "false", label: E.notMet },
          ]}
        />
      );
    return (
      <Select
        style={{ width: 110 }}
        data-testid={`insp-self-${item.code}`}
        placeholder={item.selfScore === null ? "" : String(item.selfScore)}
        value={self[item.code]?.kind === "graded" ? (self[item.code] as { grade: string }).grade : undefined}
        onChange={(grade: string) => setSelf({ ...self, [item.code]: { kind: "graded", grade } })}
        options={item.grades.map((g) => ({ value: g, label: g }))}
      />
    );
  };

  return (
    <Card data-testid="page-inspectorate-evaluation">
      <ErrorAlert error={evaluation.error} />
      {d && (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {d.year}年{d.district.name} <Tag>{d.statusLabel}</Tag>
            </Typography.Title>
            <Space wrap>
              <Typography.Text data-testid="insp-eval-summary">
                {E.summary(String(d.total), d.rank, d.districtCount)}
              </Typography.Text>
              <Button href={evaluationReportUrl(id)}>{E.report}</Button>
            </Space>
          </Flex>
          <Typography.Paragraph type="secondary">{d.frameworkName}</Typography.Paragraph>
          <Table<EvaluationItem>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={d.items}
            scroll={{ x: 1100 }}
            rowClassName={(r) => (r.weakness ? "insp-weak" : "")}
            columns={[
              {
                title: E.indicator,
                render: (_, r) =>
                  r.level === 1 ? (
                    <strong>{r.name}</strong>
                  ) : (
                    <span>
                      {r.code} {r.name} {r.weakness && <Tag color="red">{E.weakness}</Tag>}
                    </span>
                  ),
              },
              { title: E.maxScore, dataIndex: "maxScore", width: 70 },
              {
                title: E.liveValue,
                width: 90,
                render: (_, r) =>
                  r.ruleKind === "computed"
                    ? r.liveValue === null
                      ? T.noData
                      : formatNumber(r.liveValue)
                    : "",
              },
              { title: E.selfScore, width: 130, render: (_, r) => selfCell(r) },
              {
                title: E.verifiedScore,
                width: 120,
                render: (_, r) =>
                  r.level === 1 ? (
                    r.finalScore
                  ) : canVerify ? (
                    <InputNumber
                      min={0}
                      max={r.maxScore}
                      step={0.5}
                      data-testid={`insp-verify-${r.code}`}
                      placeholder={r.verifiedScore === null ? "" : String(r.verifiedScore)}
                      value={verify[r.code]?.score ?? null}
                      onChange={(score) =>
                        setVerify({ ...verify, [r.code]: { score, comment: verify[r.code]?.comment ?? "" } })
                      }
                    />
                  ) : (
                    (r.verifiedScore ?? "—")
                  ),
              },
              {
                title: E.comment,
                render: (_, r) =>
                  r.level === 1 ? null : canVerify ? (
                    <Input
                      placeholder={r.verifyComment}
                      value={verify[r.code]?.comment ?? ""}
                      onChange={(e) =>
                        setVerify({
                          ...verify,
                          [r.code]: { score: verify[r.code]?.score ?? null, comment: e.target.value },
                        })
                      }
                    />
                  ) : (
                    r.verifyComment
                  ),
              },
              {
                title: E.evidence,
                render: (_, r) =>
                  r.level === 1 ? null : (
                    <Space direction="vertical" size={2}>
                      {r.evidence.map((f) => (
                        <a key={f.id} href={evaluationEvidenceUrl(id, f.id)}>
                          {f.fileName}
                        </a>
                      ))}
                      {canSelf && r.ruleKind !== "computed" && (
                        <Upload
                          showUploadList={false}
                          customRequest={({ file }) => {
                            void uploadEvaluationEvidence(id, r.code, file as File)
                              .then(() => refresh())
                              .catch((error: Error) => showError({ error, message }));
                          }}
                        >
                          <Button size="small" icon={<UploadOutlined />}>
                            {T.upload}
                          </Button>
                        </Upload>
                      )}
                    </Space>
                  ),
              },
            ]}
          />
          <Flex gap={8} wrap style={{ marginTop: 16 }}>
            {canSelf && (
              <>
                <Button
                  onClick={() => saveSelf.mutate()}
                  loading={saveSelf.isPending}
                  disabled={Object.keys(self).length === 0}
                >
                  {E.saveSelf}
                </Button>
                <Button type="primary" onClick={() => submit.mutate()} loading={submit.isPending}>
                  {E.submit}
                </Button>
              </>
            )}
            {canVerify && (
              <>
                <Button
                  onClick={() => saveVerify.mutate()}
                  loading={saveVerify.isPending}
                  data-testid="insp-save-verify"
                >
                  {E.saveVerify}
                </Button>
                <span>{E.deadline}</span>
                <DatePicker value={deadline} onChange={setDeadline} />
                <Button
                  type="primary"
                  onClick={() => conclude.mutate()}
                  loading={conclude.isPending}
                  data-testid="insp-conclude"
                >
                  {E.conclude}
                </Button>
              </>
            )}
          </Flex>
        </>
      )}
    </Card>
  );
}
