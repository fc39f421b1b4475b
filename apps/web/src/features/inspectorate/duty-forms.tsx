import { useQuery } from "@tanstack/react-query";
import { Alert, DatePicker, Form, Input, Modal, Radio, Select, Typography, type FormInstance } from "antd";
import dayjs from "dayjs";
import { useState, type ReactNode } from "react";
import { t } from "../../app/locale/index.ts";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import {
  acceptComplaintBy,
  assignableSchoolsQuery,
  assignSchools,
  assignmentsQuery,
  complaintTeachersQuery,
  linkEthicsRecord,
  replyComplaint,
  type Complaint,
  type EthicsLinkBody,
} from "./inspectorate.api.ts";
import { useAction } from "./use-action.ts";

const D = t.inspectorate.duty;
const C = t.inspectorate.complaints;
/** 责任督学挂牌督导: each inspector is assigned 5 or more schools. */
const MIN_SCHOOLS = 5;

/** An inspector's schools: searched on the server, the ≥ 5 rule shown as the list is edited. */
export function AssignmentModal({ inspectorId, onClose }: { inspectorId: string; onClose: () => void }) {
  const assignments = useQuery(assignmentsQuery());
  const current = assignments.data?.items.find((a) => a.id === inspectorId);
  const [picked, setPicked] = useState<{ id: string; name: string }[] | null>(null);
  const schools = picked ?? current?.schools ?? [];
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim());
  const found = useQuery(assignableSchoolsQuery(q));
  const options = [
    ...schools,
    ...(found.data?.items ?? []).filter((f) => !schools.some((s) => s.id === f.id)),
  ];
  const save = useAction(
    () =>
      assignSchools(
        inspectorId,
        schools.map((s) => s.id),
      ),
    t.inspectorate.saved,
  );
  return (
    <Modal
      open
      title={D.assignTitle(current?.name ?? "")}
      okText={t.inspectorate.save}
      cancelText={t.inspectorate.cancel}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() => save.mutate(undefined, { onSuccess: onClose })}
      destroyOnHidden
    >
      <Alert
        type={schools.length < MIN_SCHOOLS ? "warning" : "success"}
        title={`${D.rule}；${D.count(schools.length)}`}
        style={{ marginBottom: 12 }}
      />
      <Select
        mode="multiple"
        style={{ width: "100%" }}
        placeholder={D.schoolPick}
        value={schools.map((s) => s.id)}
        loading={found.isFetching || assignments.isLoading}
        showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
        onChange={(ids: string[]) =>
          setPicked(ids.map((id) => options.find((o) => o.id === id)).filter((o) => o !== undefined))
        }
        options={options.map((o) => ({ value: o.id, label: o.name }))}
        data-testid="assignment-schools"
      />
    </Modal>
  );
}

/** 受理: the handling 督学, oneself by default. */
export function AcceptModal({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const assignments = useQuery(assignmentsQuery());
  const [assignee, setAssignee] = useState<string | undefined>(undefined);
  const accept = useAction(() => acceptComplaintBy(complaint.id, assignee), t.inspectorate.saved);
  return (
    <Modal
      open
      title={C.acceptTitle}
      okText={C.accept}
      cancelText={t.inspectorate.cancel}
      confirmLoading={accept.isPending}
      onCancel={onClose}
      onOk={() => accept.mutate(undefined, { onSuccess: onClose })}
    >
      <Typography.Paragraph ellipsis={{ rows: 3 }}>{complaint.content}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={C.assigneePick}>
          <Select
            allowClear
            value={assignee}
            onChange={setAssignee}
            options={(assignments.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
            data-testid="complaint-assignee"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A modal whose OK validates its form and runs the write, closing on success. */
function FormModal<V>(props: {
  title: string;
  okText: string;
  form: FormInstance<V>;
  action: { isPending: boolean; mutate: (v: V, o: { onSuccess: () => void }) => void };
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={t.inspectorate.cancel}
      confirmLoading={props.action.isPending}
      onCancel={props.onClose}
      onOk={() =>
        void props.form.validateFields().then((v) => props.action.mutate(v, { onSuccess: props.onClose }))
      }
      destroyOnHidden
    >
      {props.children}
    </Modal>
  );
}

interface ReplyValues {
  investigation: string;
  substantiated: boolean;
  reply: string;
}

/** 办理答复: the investigation record, whether the complaint holds, and the reply. */
export function ReplyModal({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const [form] = Form.useForm<ReplyValues>();
  const reply = useAction((v: ReplyValues) => replyComplaint(complaint.id, v), t.inspectorate.saved);
  return (
    <FormModal
      title={C.replyTitle}
      okText={t.inspectorate.submit}
      form={form}
      action={reply}
      onClose={onClose}
    >
      <Typography.Paragraph ellipsis={{ rows: 3 }}>{complaint.content}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ substantiated: false }}>
        <Form.Item name="investigation" label={C.investigation} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={4} maxLength={4000} data-testid="complaint-investigation" />
        </Form.Item>
        <Form.Item name="substantiated" label={C.substantiated}>
          <Radio.Group
            options={[
              { value: true, label: C.yes },
              { value: false, label: C.no },
            ]}
            data-testid="complaint-substantiated"
          />
        </Form.Item>
        <Form.Item name="reply" label={C.replyText} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="complaint-reply" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

type EthicsValues = Omit<EthicsLinkBody, "foundOn"> & { foundOn?: dayjs.Dayjs };

/** A substantiated 师德 complaint: the teacher's ethics record, registered in the teachers' register. */
export function EthicsModal({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const [form] = Form.useForm<EthicsValues>();
  const teachers = useQuery({ ...complaintTeachersQuery(complaint.id), enabled: complaint.school !== null });
  const link = useAction(
    (v: EthicsValues) => linkEthicsRecord(complaint.id, { ...v, foundOn: v.foundOn?.format("YYYY-MM-DD") }),
    C.ethicsLinked,
  );
  return (
    <FormModal title={C.ethicsTitle} okText={t.inspectorate.save} form={form} action={link} onClose={onClose}>
      {complaint.school === null && <Alert type="warning" title={C.noSchool} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          severity: "minor",
          foundOn: complaint.repliedOn ? dayjs(complaint.repliedOn) : dayjs(),
        }}
      >
        <Form.Item name="teacherId" label={C.teacher} rules={[{ required: true, message: C.teacherPick }]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            placeholder={C.teacherPick}
            loading={teachers.isLoading}
            options={(teachers.data?.items ?? []).map((x) => ({
              value: x.id,
              label: x.subject ? `${x.name}（${x.subject}）` : x.name,
            }))}
            data-testid="ethics-teacher"
          />
        </Form.Item>
        <Form.Item name="severity" label={C.severity}>
          <Radio.Group
            options={(["minor", "serious"] as const).map((v) => ({ value: v, label: C.severities[v] }))}
          />
        </Form.Item>
        <Form.Item name="foundOn" label={C.foundOn}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="description" label={C.description} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="ethics-description" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
