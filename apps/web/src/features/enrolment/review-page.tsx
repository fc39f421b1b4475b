import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { HOUSEHOLD_LABELS, RESIDENCE_LABELS } from "@edubureau/domain/enrolment";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError, showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import {
  enrolmentApi,
  enrolmentKeys,
  reviewQuery,
  roundSchoolsQuery,
  type ReviewApplication,
  type ReviewSort,
} from "./enrolment.api.ts";
import {
  codeColumn,
  pageChange,
  serverPagination,
  serverSorter,
  sortable,
  type SortKey,
} from "../../components/pagination.ts";
import { NO_SCOPE_FILTER, ScopeFilters, type ScopeFilter } from "../../components/scope-filters.tsx";
import { RoundSelect, useSelectedRound } from "./round-select.tsx";

const STATUS_COLORS: Record<string, string> = {
  submitted: "blue",
  approved: "green",
  returned: "orange",
  withdrawn: "default",
};

/** 入学申请审核: the district's own applications; approve, or return with a reason. */
export function ReviewPage() {
  const { round } = useSelectedRound("review");
  const [status, setStatus] = useState("submitted");
  const [q, setQ] = useState("");
  const [scope, setScope] = useState<ScopeFilter>(NO_SCOPE_FILTER);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<ReviewSort>({});
  const firstPage = () => setPage({ ...page, page: 1 });
  const list = useQuery(reviewQuery({ roundId: round?.id ?? "", status, q, ...scope, ...page, ...sort }));
  const schools = new Map(
    (useQuery(roundSchoolsQuery(round?.id ?? "")).data ?? []).map((s) => [s.code, s.name]),
  );
  const [returning, setReturning] = useState<ReviewApplication | null>(null);
  const [fullIds, setFullIds] = useState<{ number: string; name: string; idNumber: string }[] | null>(null);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: (id: string) => enrolmentApi.approve(id),
    onSuccess: async () => {
      void message.success(t.enrolment.approved);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
    },
    onError: (error) => showError({ error, message }),
  });
  const personal = useMutation({
    mutationFn: (id: string) => enrolmentApi.personal(id),
    onSuccess: (data) => setFullIds(data.items),
    onError: (error) => showError({ error, message }),
  });
  return (
    <Card data-testid="page-enrolment-review">
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <RoundSelect prefer="review" />
        <Select
          style={{ width: 140 }}
          value={status}
          onChange={(next: string) => {
            setStatus(next);
            firstPage();
          }}
          data-testid="review-status"
          options={[
            { value: "", label: t.enrolment.allStatuses },
            ...Object.entries(t.enrolment.statuses).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Input.Search
          allowClear
          placeholder={t.enrolment.searchNumber}
          style={{ width: 240 }}
          onSearch={(v) => {
            setQ(v.trim());
            firstPage();
          }}
          data-testid="review-search"
        />
        <ScopeFilters
          value={scope}
          onChange={(next) => {
            setScope(next);
            firstPage();
          }}
          testId="review-filter"
        />
      </Flex>
      <ErrorAlert error={list.error} />
      <Table<ReviewApplication>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={{
          ...serverPagination(page.page, page.pageSize, list.data?.total, pageChange(page.pageSize, setPage)),
          showTotal: (n) => t.enrolment.total(n),
        }}
        onChange={serverSorter<SortKey<ReviewSort>>((next) => {
          setSort(next);
          firstPage();
        })}
        data-testid="review-table"
        columns={[
          {
            title: t.enrolment.number,
            dataIndex: "number",
            width: 170,
            ...codeColumn,
            ...sortable("number", sort),
          },
          {
            title: t.enrolment.children,
            render: (_, a) =>
              a.children.map((c) => (
                <div
                  key={c.number}
                >{`${c.name}（${t.enrolment.sexes[c.sex]}，${c.birthDate}，${c.idNumber}）`}</div>
              )),
          },
          {
            title: t.enrolment.household,
            width: 150,
            ...sortable("household", sort),
            render: (_, a) => `${HOUSEHOLD_LABELS[a.household]} · ${RESIDENCE_LABELS[a.residence]}`,
          },
          {
            title: t.enrolment.choices,
            render: (_, a) => a.choices.map((c, i) => `${i + 1}. ${schools.get(c) ?? c}`).join("；"),
          },
          {
            title: t.enrolment.status,
            width: 160,
            ...sortable("status", sort),
            render: (_, a) => (
              <>
                <Tag color={STATUS_COLORS[a.status]}>{t.enrolment.statuses[a.status]}</Tag>
                {a.returnReason && <Typography.Text type="secondary">{a.returnReason}</Typography.Text>}
              </>
            ),
          },
          {
            title: "",
            key: "actions",
            render: (_, a) => (
              <Space>
                {a.status !== "approved" && a.status !== "withdrawn" && (
                  <Button
                    size="small"
                    type="primary"
                    loading={approve.isPending}
                    onClick={() => approve.mutate(a.id)}
                    data-testid={`approve-${a.number}`}
                  >
                    {t.enrolment.approve}
                  </Button>
                )}
                {a.status !== "returned" && a.status !== "withdrawn" && (
                  <Button size="small" onClick={() => setReturning(a)} data-testid={`return-${a.number}`}>
                    {t.enrolment.returnAction}
                  </Button>
                )}
                <Button size="small" type="link" onClick={() => personal.mutate(a.id)}>
                  {t.enrolment.showFull}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {returning && <ReturnModal application={returning} onClose={() => setReturning(null)} />}
      <Modal
        open={fullIds !== null}
        title={t.enrolment.fullIds}
        footer={null}
        onCancel={() => setFullIds(null)}
      >
        {fullIds?.map((c) => (
          <div key={c.number}>{`${c.number} ${c.name} ${c.idNumber}`}</div>
        ))}
      </Modal>
    </Card>
  );
}

function ReturnModal({ application, onClose }: { application: ReviewApplication; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (v: { reason: string }) => enrolmentApi.returnApplication(application.id, v.reason.trim()),
    onSuccess: async () => {
      void message.success(t.enrolment.returned);
      await queryClient.invalidateQueries({ queryKey: enrolmentKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={`${t.enrolment.returnTitle}：${application.number}`}
      okText={t.enrolment.returnAction}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ "data-testid": "return-submit" }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => mutation.mutate(v)}>
        <Form.Item
          name="reason"
          label={t.enrolment.returnReason}
          rules={[{ required: true, message: t.enrolment.required }]}
        >
          <Input.TextArea rows={3} maxLength={200} data-testid="return-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
