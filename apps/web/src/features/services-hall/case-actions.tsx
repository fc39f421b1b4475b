import { UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Input, Modal, Space, Upload } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { showProblems } from "./problem-text.ts";
import { servicesApi, servicesKeys, type ActBody, type CaseDetail } from "./services-hall.api.ts";

const s = t.servicesHall;

type Asking = { kind: "notAccept" | "refuse" | "requestCorrection" | "pass" | "accept" | "deliver" } | null;

/** The buttons the reader's abilities allow: the unit's actions, the applicant's resubmission after 补正. */
export function CaseActions({ c }: { c: CaseDetail }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Asking>(null);
  const [text, setText] = useState("");
  const act = useMutation({
    mutationFn: (body: ActBody) => servicesApi.act(c.id, body),
    onSuccess: async () => {
      void message.success(s.actionDone);
      setAsking(null);
      setText("");
      await queryClient.invalidateQueries({ queryKey: servicesKeys.all });
    },
    onError: (error: Error) => showProblems(error, message),
  });
  const resubmit = useMutation({
    mutationFn: async (file: File) => {
      const uploaded = await servicesApi.upload(file);
      const code = c.materials.at(-1)?.code ?? "id";
      return servicesApi.resubmit(c.id, [{ code, materialId: uploaded.id }]);
    },
    onSuccess: async () => {
      void message.success(s.resubmitted);
      await queryClient.invalidateQueries({ queryKey: servicesKeys.all });
    },
    onError: (error: Error) => showProblems(error, message),
  });
  const send = () => {
    if (!asking) return;
    const note = text.trim() || undefined;
    switch (asking.kind) {
      case "accept":
        return act.mutate({ kind: "accept", note });
      case "deliver":
        return act.mutate({ kind: "deliver", note });
      case "notAccept":
        return act.mutate({ kind: "notAccept", reason: text });
      case "requestCorrection":
        return act.mutate({ kind: "requestCorrection", items: text.split("\n") });
      case "pass":
        return act.mutate({ kind: "review", decision: "pass", note });
      case "refuse":
        return act.mutate({ kind: "review", decision: "refuse", reason: text });
    }
  };
  const a = c.abilities;
  const button = (kind: NonNullable<Asking>["kind"], label: string, danger = false) => (
    <Button
      key={kind}
      danger={danger}
      type={danger ? "default" : "primary"}
      onClick={() => setAsking({ kind })}
      data-testid={`services-act-${kind}`}
    >
      {label}
    </Button>
  );
  const placeholder =
    asking?.kind === "requestCorrection"
      ? s.itemsPlaceholder
      : asking?.kind === "notAccept" || asking?.kind === "refuse"
        ? s.reasonPlaceholder
        : s.notePlaceholder;
  return (
    <>
      <Space wrap>
        {a.accept && button("accept", s.actions.accept)}
        {a.requestCorrection && button("requestCorrection", s.actions.requestCorrection)}
        {a.notAccept && button("notAccept", s.actions.notAccept, true)}
        {a.review && button("pass", s.actions.pass)}
        {a.review && button("refuse", s.actions.refuse, true)}
        {a.deliver && button("deliver", s.actions.deliver)}
        {a.resubmit && (
          <Upload
            showUploadList={false}
            accept=".pdf,.jpg,.jpeg,.png"
            customRequest={({ file }) => resubmit.mutate(file as File)}
          >
            <Button icon={<UploadOutlined />} loading={resubmit.isPending}>
              {s.resubmit}
            </Button>
          </Upload>
        )}
      </Space>
      <Modal
        open={asking !== null}
        title={asking ? labelOf(asking.kind) : ""}
        onCancel={() => setAsking(null)}
        onOk={send}
        confirmLoading={act.isPending}
        okButtonProps={{ "data-testid": "services-act-confirm" }}
      >
        <Input.TextArea
          rows={4}
          placeholder={placeholder}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="services-act-text"
        />
      </Modal>
    </>
  );
}

function labelOf(kind: NonNullable<Asking>["kind"]): string {
  return kind === "pass" ? s.actions.pass : kind === "refuse" ? s.actions.refuse : s.actions[kind];
}
