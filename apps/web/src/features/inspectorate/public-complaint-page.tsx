import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Checkbox, Form, Input, Select, Typography } from "antd";
import { useSearchParams } from "react-router";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { submitComplaint, type ComplaintBody } from "./inspectorate.api.ts";

const P = t.inspectorate.publicComplaint;

/** The public complaint form (phone width): topic, school, content, optional anonymity. */
export function PublicComplaintPage() {
  const [params] = useSearchParams();
  const [form] = Form.useForm<ComplaintBody>();
  const anonymous = Form.useWatch("anonymous", form) ?? true;
  const send = useMutation({ mutationFn: submitComplaint });
  return (
    <Card data-testid="page-public-complaint" style={{ maxWidth: 560, margin: "0 auto" }}>
      <Typography.Title level={4}>{P.title}</Typography.Title>
      {send.data ? (
        <Alert type="success" title={P.received(send.data.receivedOn, send.data.acceptDeadline)} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ topic: "burden", anonymous: true, schoolCode: params.get("school") ?? undefined }}
          onFinish={(values) => send.mutate(values)}
        >
          <Form.Item name="topic" label={P.topic}>
            <Select options={Object.entries(P.topics).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="schoolCode" label={P.school}>
            <Input />
          </Form.Item>
          <Form.Item name="content" label={P.content} rules={[{ required: true }]}>
            <Input.TextArea rows={5} />
          </Form.Item>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox>{P.anonymous}</Checkbox>
          </Form.Item>
          {!anonymous && (
            <>
              <Form.Item name="name" label={P.name} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
              <Form.Item name="phone" label={P.phone} rules={[{ required: true }]}>
                <Input inputMode="numeric" />
              </Form.Item>
            </>
          )}
          <ErrorAlert error={send.error} />
          <Button type="primary" htmlType="submit" block loading={send.isPending}>
            {P.submit}
          </Button>
        </Form>
      )}
    </Card>
  );
}
