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
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { announcementsUrl, bundleUrl, enrolmentApi, enrolmentKeys, listsUrl } from "./enrolment.api.ts";
import type { Draw, PublicRound } from "./enrolment.api.ts";
import { AnnouncementView } from "./announcement-card.tsx";
import { FreezeModal } from "./freeze-modal.tsx";
import type { DrawAnnouncement } from "./enrolment.api.ts";

interface Props {
  round: PublicRound;
  phase: 1 | 2;
  draw: Draw | null;
  announcement: DrawAnnouncement | null;
  schoolName: (code: string) => string;
  canRedraw: boolean;
}

type SeedValues = Record<string, string>;

/** Every value the announced recipe names: the on-site numbers, then the public values. */
function recipeFields(announcement: DrawAnnouncement | null) {
  const seed = announcement?.seedAnnouncement;
  if (!seed) return [];
  const l = t.enrolment.lottery;
  return [
    ...seed.labels.map((label, i) => ({
      label,
      title: l.onSiteNumber(i + 1),
      digits: seed.digits,
      help: null,
      committed: (seed.commitments ?? []).some((c) => c.label === label),
    })),
    ...(seed.publicValues ?? []).map((v) => ({
      label: v.label,
      title: l.publicValueInput,
      digits: v.digits,
      help: v.source,
      committed: false,
    })),
  ];
}

/** The form keeps a committed number's nonce under `nonce:<label>`; it is sent beside the value. */
const nonceField = (label: string) => `nonce:${label}`;

function seedInputsOf(announcement: DrawAnnouncement | null, values: SeedValues) {
  return recipeFields(announcement).map(({ label, committed }) => ({
    label,
    value: (values[label] ?? "").trim(),
    ...(committed ? { nonce: (values[nonceField(label)] ?? "").trim() } : {}),
  }));
}

function SeedFields({ announcement }: { announcement: DrawAnnouncement | null }) {
  const l = t.enrolment.lottery;
  const required = [{ required: true, message: t.enrolment.required }];
  return recipeFields(announcement).map((f) => (
    <Space key={f.label} wrap align="start">
      <Form.Item name={f.label} label={f.title} extra={f.help} rules={required}>
        <Input
          placeholder={t.enrolment.seedValue(f.digits)}
          style={{ width: 200 }}
          data-testid={`seed-${f.label}`}
        />
      </Form.Item>
      {f.committed && (
        <Form.Item name={nonceField(f.label)} label={l.nonceFor(f.title)} rules={required}>
          <Input placeholder={l.noncePlaceholder} style={{ width: 240 }} data-testid={`nonce-${f.label}`} />
        </Form.Item>
      )}
    </Space>
  ));
}

/** One phase of the draw: freeze → enter the on-site numbers and run → publish (→ redraw by a sys_admin). */
export function DrawPhaseCard({ round, phase, draw, announcement, schoolName, canRedraw }: Props) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SeedValues>();
  const [redrawing, setRedrawing] = useState(false);
  const [freezing, setFreezing] = useState(false);
  const done = async () => {
    void message.success(t.enrolment.done);
    await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
  };
  const run = useMutation({
    mutationFn: (v: SeedValues) => enrolmentApi.run(draw?.id ?? "", seedInputsOf(announcement, v)),
    onSuccess: done,
    onError: (error) => showFormError({ error, form, message }),
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
        <Button type="primary" onClick={() => setFreezing(true)} data-testid={`freeze-${phase}`}>
          {t.enrolment.freeze}
        </Button>
      )}
      {freezing && (
        <FreezeModal
          roundId={round.id}
          phase={phase}
          onSiteLabels={round.seedAnnouncement.labels}
          onClose={() => setFreezing(false)}
        />
      )}
      {announcement && (
        <AnnouncementView
          announcement={announcement}
          schoolName={schoolName}
          downloadUrl={announcementsUrl(round.id)}
        />
      )}
      {draw && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t.enrolment.applicants} {draw.applicants} ·{" "}
          <a href={listsUrl(round.id, phase)} target="_blank" rel="noreferrer">
            {t.enrolment.downloadLists}
          </a>
        </Typography.Paragraph>
      )}
      {draw?.status === "frozen" && (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => run.mutate(v)}
          style={{ marginTop: 16 }}
          data-testid={`seed-form-${phase}`}
        >
          <SeedFields announcement={announcement} />
          <Typography.Paragraph type="secondary">{t.enrolment.lottery.runHint}</Typography.Paragraph>
          <Popconfirm
            title={t.enrolment.publishConfirm}
            onConfirm={() => form.submit()}
            okButtonProps={{ "data-testid": "run-confirm" }}
          >
            <Button type="primary" loading={run.isPending} data-testid={`run-${phase}`}>
              {t.enrolment.run}
            </Button>
          </Popconfirm>
        </Form>
      )}
      {draw && draw.seed !== null && (
        <Descriptions size="small" column={2} style={{ marginTop: 16 }} bordered>
          <Descriptions.Item label={t.enrolment.lottery.drawnNumbers}>
            {draw.seedInputs
              ?.map(
                (i) =>
                  `${recipeFields(announcement).find((f) => f.label === i.label)?.title ?? ""}：${i.value}`,
              )
              .join("；")}
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
        {draw?.status === "published" && (
          <a href={bundleUrl(round.id)} download data-testid="bundle-download">
            {t.enrolment.downloadBundle}
          </a>
        )}
        {canRedraw && (draw?.status === "drawn" || draw?.status === "published") && (
          <Button danger onClick={() => setRedrawing(true)} data-testid={`redraw-${phase}`}>
            {t.enrolment.redraw}
          </Button>
        )}
      </Space>
      {redrawing && draw && (
        <RedrawModal announcement={announcement} draw={draw} onClose={() => setRedrawing(false)} />
      )}
    </Card>
  );
}

function RedrawModal({
  announcement,
  draw,
  onClose,
}: {
  announcement: DrawAnnouncement | null;
  draw: Draw;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SeedValues & { reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: SeedValues & { reason: string }) =>
      enrolmentApi.redraw(draw.id, { reason: v.reason.trim(), seedInputs: seedInputsOf(announcement, v) }),
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
      okButtonProps={{ danger: true, "data-testid": "redraw-confirm" }}
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
          <Input.TextArea rows={3} maxLength={500} data-testid="redraw-reason" />
        </Form.Item>
        <SeedFields announcement={announcement} />
      </Form>
    </Modal>
  );
}
