import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { openWindows } from "@edubureau/domain/enrolment";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { Link } from "react-router";
import { ApplyModal } from "./apply-modal.tsx";
import { ApplicationSteps } from "./application-steps.tsx";
import { beijingToday } from "./calendar-view.tsx";
import {
  enrolmentApi,
  enrolmentKeys,
  myApplicationsQuery,
  publicRoundsQuery,
  roundSchoolsQuery,
} from "./enrolment.api.ts";
import type { MyApplication, PublicRound } from "./enrolment.api.ts";
import { placementColor, placementText } from "./placement-text.ts";

/** 我的入学申请: a parent's own applications, their review and draw results. */
export function MyApplicationsPage() {
  const mine = useQuery(myApplicationsQuery());
  const rounds = useQuery(publicRoundsQuery()).data ?? [];
  const today = beijingToday();
  const open = rounds.filter((r) => openWindows(r.calendar, today).includes("application"));
  const [applying, setApplying] = useState(false);
  return (
    <Card data-testid="page-enrolment-mine">
      <Flex justify="flex-end" style={{ marginBottom: 16 }}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={open.length === 0}
          onClick={() => setApplying(true)}
          data-testid="apply-open"
        >
          {t.enrolment.apply}
        </Button>
      </Flex>
      <ErrorAlert error={mine.error} />
      {mine.data?.length === 0 && <Empty description={t.enrolment.noApplications} />}
      {mine.data?.map((app) => (
        <ApplicationCard key={app.id} app={app} round={rounds.find((r) => r.id === app.roundId)} />
      ))}
      {applying && <ApplyModal rounds={open} onClose={() => setApplying(false)} />}
    </Card>
  );
}

function ApplicationCard({ app, round }: { app: MyApplication; round: PublicRound | undefined }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const names = new Map((useQuery(roundSchoolsQuery(app.roundId)).data ?? []).map((s) => [s.code, s.name]));
  const schoolName = (code: string) => names.get(code) ?? code;
  const [choosing, setChoosing] = useState(false);
  const action = (fn: () => Promise<unknown>, done: string) => ({
    mutationFn: fn,
    onSuccess: async () => {
      void message.success(done);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
    },
    onError: (error: Error) => showError({ error, message }),
  });
  const withdraw = useMutation(action(() => enrolmentApi.withdraw(app.id), t.enrolment.withdrawn));
  const decline = useMutation(action(() => enrolmentApi.decline(app.id), t.enrolment.declined));
  const windows = round ? openWindows(round.calendar, beijingToday()) : [];
  const admitted = app.children.filter((c) => c.placement.kind === "admitted");
  const unplaced = app.children.every(
    (c) => c.placement.kind === "unplaced" || c.placement.kind === "waiting",
  );
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={`${round?.name ?? ""} · ${t.enrolment.number} ${app.number}`}
      extra={<Tag data-testid="application-status">{t.enrolment.statuses[app.status]}</Tag>}
      data-testid={`application-${app.number}`}
    >
      {app.children.map((c) => (
        <Flex key={c.number} gap={12} align="center" wrap style={{ marginBottom: 8 }}>
          <Typography.Text>{`${c.name}（${c.number}，${c.idNumber}）`}</Typography.Text>
          <Tag color={placementColor(c.placement)} data-testid="application-placement">
            {placementText(c.placement, schoolName)}
          </Tag>
        </Flex>
      ))}
      <Typography.Paragraph type="secondary">
        {t.enrolment.choices}：{app.choices.map((code, i) => `${i + 1}. ${schoolName(code)}`).join("；")}
        {app.secondChoices &&
          ` · ${t.enrolment.secondChoices}：${app.secondChoices.map(schoolName).join("；")}`}
      </Typography.Paragraph>
      {app.returnReason && app.status === "returned" && (
        <Alert type="warning" showIcon title={`${t.enrolment.returnReason}：${app.returnReason}`} />
      )}
      {admitted.map((c) =>
        c.placement.kind === "admitted" ? (
          <Alert
            key={c.number}
            type="success"
            showIcon
            style={{ marginTop: 8 }}
            title={t.enrolment.admissionNotice}
            description={t.enrolment.admissionNoticeText(c.name, schoolName(c.placement.school))}
          />
        ) : null,
      )}
      <ApplicationSteps app={app} round={round} />
      <Space style={{ marginTop: 8 }} wrap>
        {app.status !== "withdrawn" && (
          <Link to={`/enrolment/mine/${app.id}/receipt`} data-testid="application-receipt-link">
            <Button size="small">{t.enrolment.receipt}</Button>
          </Link>
        )}
        {app.status !== "withdrawn" && windows.includes("application") && (
          <Popconfirm title={t.enrolment.withdrawConfirm} onConfirm={() => withdraw.mutate()}>
            <Button size="small">{t.enrolment.withdraw}</Button>
          </Popconfirm>
        )}
        {admitted.length > 0 && windows.includes("admission") && (
          <Popconfirm title={t.enrolment.declineConfirm} onConfirm={() => decline.mutate()}>
            <Button size="small" danger>
              {t.enrolment.decline}
            </Button>
          </Popconfirm>
        )}
        {app.status === "approved" && unplaced && windows.includes("secondRound") && (
          <Button size="small" onClick={() => setChoosing(true)}>
            {t.enrolment.secondChoices}
          </Button>
        )}
      </Space>
      {choosing && round && <SecondChoicesModal app={app} round={round} onClose={() => setChoosing(false)} />}
    </Card>
  );
}

function SecondChoicesModal({
  app,
  round,
  onClose,
}: {
  app: MyApplication;
  round: PublicRound;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const schools = useQuery(roundSchoolsQuery(round.id)).data ?? [];
  const [choices, setChoices] = useState<string[]>(app.secondChoices ?? []);
  const mutation = useMutation({
    mutationFn: () => enrolmentApi.secondChoices(app.id, choices),
    onSuccess: async () => {
      void message.success(t.enrolment.secondChoicesSaved);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
      onClose();
    },
    onError: (error) => showError({ error, message }),
  });
  return (
    <Modal
      open
      title={t.enrolment.secondChoices}
      onOk={() => mutation.mutate()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Select
        mode="multiple"
        style={{ width: "100%" }}
        maxCount={round.maxChoices}
        value={choices}
        onChange={setChoices}
        options={schools.map((s) => ({ value: s.code, label: s.name }))}
      />
    </Modal>
  );
}
