import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Space, Typography } from "antd";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { lookupRecord } from "./health.api.ts";
import { HealthRecordView } from "./health-record-view.tsx";

interface LookupForm {
  name: string;
  idNumber: string;
  birthDate: string;
}

/** A parent looks up their own child's 电子健康档案 with name + ID number + birth date; no account needed. */
export function PublicHealthRecordPage() {
  const lookup = useMutation({ mutationFn: lookupRecord });
  const [form] = Form.useForm<LookupForm>();
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 1100, margin: "0 auto" }}>
      <Typography.Title level={3}>{t.health.publicTitle}</Typography.Title>
      {lookup.data ? (
        <>
          <Button onClick={() => lookup.reset()}>{t.health.lookupAgain}</Button>
          <HealthRecordView record={lookup.data} />
        </>
      ) : (
        <Card style={{ maxWidth: 480 }}>
          <Alert type="info" showIcon title={t.health.publicIntro} style={{ marginBottom: 16 }} />
          <Form<LookupForm>
            form={form}
            layout="vertical"
            onFinish={(values) => lookup.mutate(values)}
            data-testid="health-lookup-form"
          >
            <Form.Item
              name="name"
              label={t.health.childName}
              rules={[{ required: true, message: t.health.required }]}
            >
              <Input autoComplete="off" data-testid="lookup-name" />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label={t.health.childId}
              rules={[{ required: true, message: t.health.required }]}
            >
              <Input autoComplete="off" maxLength={18} data-testid="lookup-id" />
            </Form.Item>
            <Form.Item
              name="birthDate"
              label={t.health.childBirth}
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t.health.childBirth }]}
            >
              <Input autoComplete="off" placeholder="2012-09-01" data-testid="lookup-birth" />
            </Form.Item>
            <ErrorAlert error={lookup.error} testId="lookup-error" />
            <Button
              type="primary"
              htmlType="submit"
              loading={lookup.isPending}
              style={{ marginTop: 12 }}
              data-testid="lookup-submit"
            >
              {t.health.lookup}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
