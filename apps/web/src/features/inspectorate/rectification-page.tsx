import { UploadOutlined } from "@ant-design/icons";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Descriptions, Flex, Input, Space, Timeline, Typography, Upload } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime } from "../../app/format.ts";
import { showError } from "../../components/show-error.ts";
import {
  actOnRectification,
  inspectorateKeys,
  rectificationEvidenceUrl,
  rectificationQuery,
  uploadRectificationEvidence,
  type RectificationAction,
} from "./inspectorate.api.ts";
import { RectificationTag } from "./rectification-tag.tsx";
import { useAction } from "./use-action.ts";

const R = t.inspectorate.rectifications;

/** One 整改单: the unit reports its plan and evidence; the 督学 accepts or returns, then closes it. */
export function RectificationPage() {
  const { id = "" } = useParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const order = useQuery(rectificationQuery(id));
  const [text, setText] = useState("");
  const act = useAction(
    (v: { action: RectificationAction; text: string }) => actOnRectification(id, v.action, v.text),
    R.done,
  );
  const r = order.data;
  const run = (action: RectificationAction) => act.mutate({ action, text }, { onSuccess: () => setText("") });
  const actions: { key: RectificationAction; allowed: boolean; primary?: boolean }[] = r
    ? [
        { key: "submit_plan", allowed: r.abilities.submitPlan },
        { key: "submit_evidence", allowed: r.abilities.submitEvidence, primary: true },
        { key: "accept", allowed: r.abilities.review, primary: true },
        { key: "return", allowed: r.abilities.review },
        { key: "close", allowed: r.abilities.close, primary: true },
      ]
    : [];
  const allowed = actions.filter((a) => a.allowed);
  return (
    <Card data-testid="page-inspectorate-rectification">
      <ErrorAlert error={order.error} />
      {r && (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {r.title}
          </Typography.Title>
          <span data-testid="insp-rectification-state">
            <RectificationTag r={r} />
          </span>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={R.unit}>{r.unit.name}</Descriptions.Item>
            <Descriptions.Item label={R.deadline}>{r.deadline}</Descriptions.Item>
            <Descriptions.Item label={R.requirement}>{r.requirement}</Descriptions.Item>
            {r.planText && <Descriptions.Item label={R.planText}>{r.planText}</Descriptions.Item>}
            {r.evidenceNote && <Descriptions.Item label={R.evidenceNote}>{r.evidenceNote}</Descriptions.Item>}
            {r.returnReason && <Descriptions.Item label={R.returnReason}>{r.returnReason}</Descriptions.Item>}
            <Descriptions.Item label={R.evidence}>
              <Space direction="vertical" size={2}>
                {r.evidence.map((f) => (
                  <a key={f.id} href={rectificationEvidenceUrl(id, f.id)}>
                    {f.fileName}
                  </a>
                ))}
                {r.abilities.attach && (
                  <Upload
                    showUploadList={false}
                    customRequest={({ file }) => {
                      void uploadRectificationEvidence(id, file as File)
                        .then(() => queryClient.invalidateQueries({ queryKey: inspectorateKeys.all }))
                        .catch((error: Error) => showError({ error, message }));
                    }}
                  >
                    <Button size="small" icon={<UploadOutlined />} data-testid="insp-rectification-upload">
                      {t.inspectorate.upload}
                    </Button>
                  </Upload>
                )}
                {r.abilities.attach && (
                  <Typography.Text type="secondary">{t.inspectorate.uploadHint}</Typography.Text>
                )}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          {allowed.length > 0 && (
            <>
              <Input.TextArea
                rows={3}
                placeholder={R.textPlaceholder}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid="insp-rectification-text"
              />
              <Flex gap={8} wrap>
                {allowed.map((a) => (
                  <Button
                    key={a.key}
                    type={a.primary ? "primary" : "default"}
                    loading={act.isPending && act.variables?.action === a.key}
                    onClick={() => run(a.key)}
                    data-testid={`insp-action-${a.key}`}
                  >
                    {R.actions[a.key]}
                  </Button>
                ))}
              </Flex>
            </>
          )}
          <Typography.Title level={5}>{R.history}</Typography.Title>
          <Timeline
            items={r.history.map((h) => ({
              children: `${formatDateTime(h.at)} ${h.actor ?? ""} ${h.action}`,
            }))}
          />
        </Space>
      )}
    </Card>
  );
}
