import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Descriptions, Drawer, Flex, Input, Timeline } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { formatDateTime } from "../../app/format.ts";
import { showError } from "../../components/show-error.ts";
import { incidentQuery, incidentStep, safetyKeys } from "./campus-safety.api.ts";
import { SeverityTag } from "./severity-tag.tsx";

/** One incident: its facts, deadlines, timeline, and the step the account may take (签收 / 续报 / 结案). */
export function IncidentDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const c = t.campusSafety.incident;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const detail = useQuery(incidentQuery(id));
  const [note, setNote] = useState("");
  const step = useMutation({
    mutationFn: (kind: "acknowledge" | "follow-up" | "close") => incidentStep(id, kind, note),
    onSuccess: async () => {
      setNote("");
      void message.success(t.common.saved);
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  const i = detail.data;
  return (
    <Drawer
      open
      width="min(560px, 100vw)"
      onClose={onClose}
      title={i?.title ?? c.detail}
      data-testid="incident-drawer"
    >
      <ErrorAlert error={detail.error} />
      {i && (
        <Flex vertical gap={16}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={c.severity}>
              <SeverityTag severity={i.severity} label={i.severityLabel} />
            </Descriptions.Item>
            <Descriptions.Item label={c.category}>{i.categoryLabel}</Descriptions.Item>
            <Descriptions.Item label={c.school}>{i.school.name}</Descriptions.Item>
            <Descriptions.Item label={c.status}>
              <span data-testid="incident-status">{i.statusLabel}</span>
            </Descriptions.Item>
            <Descriptions.Item label={c.occurredAt}>{formatDateTime(i.occurredAt)}</Descriptions.Item>
            <Descriptions.Item label={c.reportedAt}>
              {formatDateTime(i.reportedAt)}
              {i.late ? ` ${c.late}` : ""}
            </Descriptions.Item>
            <Descriptions.Item label={c.acknowledgeBy}>{formatDateTime(i.acknowledgeBy)}</Descriptions.Item>
            <Descriptions.Item label={c.description}>{i.description}</Descriptions.Item>
            {i.closureReport && (
              <Descriptions.Item label={c.closureReport}>{i.closureReport}</Descriptions.Item>
            )}
          </Descriptions>
          <Timeline
            data-testid="incident-timeline"
            items={i.timeline.map((s) => ({
              color: s.kind === "escalated" ? "red" : "blue",
              content: (
                <span data-testid="incident-step">
                  {formatDateTime(s.at)} {s.kindLabel}
                  {s.actorName ? ` · ${s.actorName}` : ""}
                  {s.note ? `：${s.note}` : ""}
                </span>
              ),
            }))}
          />
          {(i.abilities.acknowledge || i.abilities.followUp || i.abilities.close) && (
            <Flex vertical gap={8}>
              <Input.TextArea
                rows={3}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder={c.notePlaceholder}
                data-testid="incident-note"
              />
              <Flex gap={8} wrap>
                {i.abilities.acknowledge && (
                  <Button
                    type="primary"
                    loading={step.isPending}
                    onClick={() => step.mutate("acknowledge")}
                    data-testid="incident-acknowledge"
                  >
                    {c.acknowledge}
                  </Button>
                )}
                {i.abilities.followUp && (
                  <Button
                    loading={step.isPending}
                    onClick={() => step.mutate("follow-up")}
                    data-testid="incident-follow-up"
                  >
                    {c.followUp}
                  </Button>
                )}
                {i.abilities.close && (
                  <Button
                    loading={step.isPending}
                    onClick={() => step.mutate("close")}
                    data-testid="incident-close"
                  >
                    {c.close}
                  </Button>
                )}
              </Flex>
            </Flex>
          )}
        </Flex>
      )}
    </Drawer>
  );
}
