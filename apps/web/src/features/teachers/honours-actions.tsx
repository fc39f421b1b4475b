import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from "antd";
import {
  canAdvance,
  HONOUR_ROUND_KIND_LABELS,
  HONOUR_ROUND_STAGE_LABELS,
  HONOUR_ROUND_STAGES,
  type HonourRoundStage,
} from "@edubureau/domain/teachers";
import { STUDIO_ESTABLISHMENTS, STUDIO_TYPES } from "@edubureau/domain/work-plan";
import { useState } from "react";
import { api } from "../../app/api.ts";
import type { ApiBody } from "../../app/api-contract.ts";
import { t } from "../../app/locale/index.ts";
import { showError, showFormError } from "../../components/show-error.ts";
import { options } from "./teacher-labels.ts";
import { TeacherSelect } from "./teacher-select.tsx";
import { usePlanYear } from "../../app/plan-calendar.ts";

type RoundInput = ApiBody<"/api/honours/rounds", "post">;
type StudioInput = ApiBody<"/api/honours/studios", "post">;

const h = t.teachers.honours;

function useSaved(onClose: () => void) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return async () => {
    void message.success(t.teachers.saved);
    await queryClient.invalidateQueries({ queryKey: ["honours"] });
    onClose();
  };
}

/** 发起评选: kind, year (or batch / edition number) and the window everything must fall in. */
export function OpenRoundModal({ onClose }: { onClose: () => void }) {
  const YEAR = usePlanYear();
  const [form] = Form.useForm<RoundInput>();
  const { message } = App.useApp();
  const saved = useSaved(onClose);
  const mutation = useMutation({
    mutationFn: (v: RoundInput) => api.POST("/api/honours/rounds", { body: v }),
    onSuccess: saved,
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  return (
    <Modal
      open
      title={h.open}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: "famousPrincipal", year: YEAR }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item name="kind" label={h.kind}>
          <Select options={options(HONOUR_ROUND_KIND_LABELS)} />
        </Form.Item>
        <Form.Item name="year" label={t.teachers.training.year} rules={required}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="seriesNo" label={h.seriesNo}>
          <InputNumber min={1} max={99} />
        </Form.Item>
        <Form.Item name="windowFrom" label={t.teachers.training.startsOn} rules={required}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="windowTo" label={t.teachers.training.endsOn} rules={required}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Nominate (schools, districts, the division) and move the round on (the division). */
export function RoundActions({
  round,
  canManage,
}: {
  round: { id: string; stage: HonourRoundStage };
  canManage: boolean;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [nominating, setNominating] = useState(false);
  const [teacherId, setTeacherId] = useState<string | undefined>(undefined);
  const detail = useQuery({
    queryKey: ["honours", "round", round.id],
    queryFn: () => api.GET("/api/honours/rounds/{id}", { params: { path: { id: round.id } } }),
    enabled: canManage,
  });
  const done = () => queryClient.invalidateQueries({ queryKey: ["honours"] });
  const nominate = useMutation({
    mutationFn: () =>
      api.POST("/api/honours/rounds/{id}/nominations", {
        params: { path: { id: round.id } },
        body: { teacherId: teacherId ?? "" },
      }),
    onSuccess: async () => {
      setNominating(false);
      await done();
    },
    onError: (error) => showError({ error, message }),
  });
  const advance = useMutation({
    mutationFn: (to: HonourRoundStage) =>
      api.POST("/api/honours/rounds/{id}/advance", {
        params: { path: { id: round.id } },
        body: {
          to,
          ...(to === "publicity" ? { selected: (detail.data?.nominees ?? []).map((n) => n.teacherId) } : {}),
          ...(to === "cancelled" || (to === "review" && round.stage === "publicity")
            ? { note: h.defaultNote }
            : {}),
        },
      }),
    onSuccess: done,
    onError: (error) => showError({ error, message }),
  });
  const next = HONOUR_ROUND_STAGES.filter((s) => canAdvance(round.stage, s));
  return (
    <Space>
      {round.stage === "nomination" && (
        <Button size="small" onClick={() => setNominating(true)}>
          {h.nominate}
        </Button>
      )}
      {canManage &&
        next.map((stage) => (
          <Button
            key={stage}
            size="small"
            danger={stage === "cancelled"}
            loading={advance.isPending}
            onClick={() => advance.mutate(stage)}
          >
            {h.toStage(HONOUR_ROUND_STAGE_LABELS[stage])}
          </Button>
        ))}
      {nominating && (
        <Modal
          open
          title={h.nominate}
          onOk={() => nominate.mutate()}
          okButtonProps={{ disabled: !teacherId }}
          onCancel={() => setNominating(false)}
          confirmLoading={nominate.isPending}
        >
          <TeacherSelect value={teacherId} onChange={setTeacherId} />
        </Modal>
      )}
    </Space>
  );
}

/** 新建/换届工作室: type, name, establishment, year and the leading teacher (hosted at their school). */
export function StudioModal({ onClose }: { onClose: () => void }) {
  const YEAR = usePlanYear();
  const [form] = Form.useForm<StudioInput>();
  const { message } = App.useApp();
  const saved = useSaved(onClose);
  const mutation = useMutation({
    mutationFn: (v: StudioInput) => api.POST("/api/honours/studios", { body: v }),
    onSuccess: saved,
    onError: (error) => showFormError({ error, form, message }),
  });
  const required = [{ required: true, message: t.teachers.required }];
  const list = (items: readonly string[]) => items.map((value) => ({ value, label: value }));
  return (
    <Modal
      open
      title={h.newStudio}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ type: STUDIO_TYPES[2], establishment: STUDIO_ESTABLISHMENTS[0], year: YEAR }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item name="type" label={h.studioType}>
          <Select options={list(STUDIO_TYPES)} />
        </Form.Item>
        <Form.Item name="name" label={h.studioName} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="establishment" label={h.establishment}>
          <Select options={list(STUDIO_ESTABLISHMENTS)} />
        </Form.Item>
        <Form.Item name="year" label={t.teachers.training.year} rules={required}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="leaderId" label={h.leader} rules={required}>
          <TeacherSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
