import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { showError, showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { bundleUrl, enrolmentApi, enrolmentKeys, listsUrl } from "./enrolment.api.ts";
import type { Draw, PublicRound } from "./enrolment.api.ts";

interface Props {
  round: PublicRound;
  phase: 1 | 2;
  draw: Draw | null;
  schoolName: (code: string) => string;
  canRedraw: boolean;
}

type SeedValues = Record<string, string>;

function seedInputsOf(round: PublicRound, values: SeedValues) {
  return round.seedAnnouncement.labels.map((label) => ({ label, value: (values[label] ?? "").trim() }));
}

/** One phase of the draw: freeze → enter the on-site numbers and run → publish (→ redraw by a sys_admin). */
export function DrawPhaseCard({ round, phase, draw, schoolName, canRedraw }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SeedValues>();
  const [redrawing, setRedrawing] = useState(false);
  const done = async () => {
    void message.success(t.enrolment.done);
    await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
  };
  const freeze = useMutation({
    mutationFn: () => enrolmentApi.freeze(round.id, phase),
    onSuccess: done,
    onError: (error) => showError({ error, message }),
  });
  const run = useMutation({
    mutationFn: (v: SeedValues) => enrolmentApi.run(draw?.id ?? "", seedInputsOf(round, v)),
    onSuccess: done,
    onError: (error) => showFormError({ error, form, message }),
  });
  const publish = useMutation({
    mutationFn: () => enrolmentApi.publish(draw?.id ?? ""),
    onSuccess: done,
    onError: (error) => showError({ error, message }),
  });
  const status = draw?.status ?? "none";
  return (
    <Card
      size="small"
      title={t.enrolment.phaseTitle(phase)}
      extra={<Tag data-testid={`draw-status-${phase}`}>{t.enrolment.drawStatuses[status]}</Tag>}
      style={{ marginBottom: 16 }}
      data-testid={`draw-phase-${phase}`}
    >
      {draw === null && (
        <Popconfirm
          title={t.enrolment.freezeConfirm}
          onConfirm={() => freeze.mutate()}
          okButtonProps={{ "data-testid": "freeze-confirm" }}
        >
          <Button type="primary" loading={freeze.isPending} data-testid={`freeze-${phase}`}>
            {t.enrolment.freeze}
          </Button>
        </Popconfirm>
      )}
      {draw && (
        <>
          <Typography.Paragraph>
            {t.enrolment.digests} · {t.enrolment.applicants} {draw.applicants} ·{" "}
            <a href={listsUrl(round.id, phase)} target="_blank" rel="noreferrer">
              {t.enrolment.downloadLists}
            </a>
          </Typography.Paragraph>
          <Table
            size="small"
            rowKey="school"
            pagination={{ pageSize: 10 }}
            dataSource={draw.lists}
            data-testid={`digests-${phase}`}
            columns={[
              { title: t.enrolment.school, render: (_, l) => schoolName(l.school) },
              { title: t.enrolment.quota, dataIndex: "quota", align: "right" },
              { title: t.enrolment.applicants, dataIndex: "applicants", align: "right" },
              {
                title: t.enrolment.digest,
                dataIndex: "digest",
                render: (d: string) => (
                  <Typography.Text code copyable style={{ fontSize: 12 }}>
                    {d}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
      {draw?.status === "frozen" && (
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => run.mutate(v)}
          style={{ marginTop: 16 }}
          data-testid={`seed-form-${phase}`}
        >
          {round.seedAnnouncement.labels.map((label) => (
            <Form.Item
              key={label}
              name={label}
              label={label}
              rules={[{ required: true, message: t.enrolment.required }]}
            >
              <Input
                placeholder={t.enrolment.seedValue(round.seedAnnouncement.digits)}
                style={{ width: 160 }}
                data-testid={`seed-${label}`}
              />
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" loading={run.isPending} data-testid={`run-${phase}`}>
            {t.enrolment.run}
          </Button>
        </Form>
      )}
      {draw && draw.seed !== null && (
        <Descriptions size="small" column={2} style={{ marginTop: 16 }} bordered>
          <Descriptions.Item label={t.enrolment.seedInputs}>
            {draw.seedInputs?.map((i) => `${i.label}=${i.value}`).join("，")}
          </Descriptions.Item>
          <Descriptions.Item label={t.enrolment.seed}>
            <Typography.Text code style={{ fontSize: 12 }}>
              {draw.seed}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t.enrolment.admitted}>{draw.admitted}</Descriptions.Item>
          <Descriptions.Item label={t.enrolment.unplaced}>{draw.unplaced}</Descriptions.Item>
          {draw.redrawReason && (
            <Descriptions.Item label={t.enrolment.redrawReason} span={2}>
              {draw.redrawReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      <Space style={{ marginTop: 16 }}>
        {draw?.status === "drawn" && (
          <Popconfirm
            title={t.enrolment.publishConfirm}
            onConfirm={() => publish.mutate()}
            okButtonProps={{ "data-testid": "publish-confirm" }}
          >
            <Button type="primary" loading={publish.isPending} data-testid={`publish-${phase}`}>
              {t.enrolment.publish}
            </Button>
          </Popconfirm>
        )}
        {draw?.status === "published" && (
          <a href={bundleUrl(round.id)} download data-testid="bundle-download">
            {t.enrolment.downloadBundle}
          </a>
        )}
        {canRedraw && (draw?.status === "drawn" || draw?.status === "published") && (
          <Button danger onClick={() => setRedrawing(true)}>
            {t.enrolment.redraw}
          </Button>
        )}
      </Space>
      {redrawing && draw && <RedrawModal round={round} draw={draw} onClose={() => setRedrawing(false)} />}
    </Card>
  );
}

function RedrawModal({ round, draw, onClose }: { round: PublicRound; draw: Draw; onClose: () => void }) {
  const [form] = Form.useForm<SeedValues & { reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: SeedValues & { reason: string }) =>
      enrolmentApi.redraw(draw.id, { reason: v.reason.trim(), seedInputs: seedInputsOf(round, v) }),
    onSuccess: async () => {
      void message.success(t.enrolment.done);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={t.enrolment.redraw}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        <Form.Item
          name="reason"
          label={t.enrolment.redrawReason}
          rules={[{ required: true, message: t.enrolment.required }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        {round.seedAnnouncement.labels.map((label) => (
          <Form.Item
            key={label}
            name={label}
            label={label}
            rules={[{ required: true, message: t.enrolment.required }]}
          >
            <Input placeholder={t.enrolment.seedValue(round.seedAnnouncement.digits)} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
