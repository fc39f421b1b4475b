import { UploadOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@tanstack/react-query";
import { App, Button, Card, Form, Input, List, Radio, Select, Space, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showError } from "../../components/show-error.ts";
import { showProblems } from "./problem-text.ts";
import { t } from "../../app/locale/index.ts";
import {
  checklistQuery,
  districtsQuery,
  itemQuery,
  servicesApi,
  type ServiceItem,
  type SubmitBody,
} from "./services-hall.api.ts";

const s = t.servicesHall;

/** 在线办理: the item's form fields, its situation, the materials it asks for, uploaded one by one. */
export function ApplyPage() {
  const { id = "" } = useParams();
  const item = useQuery(itemQuery(id));
  if (item.error) return <ErrorAlert error={item.error} />;
  if (!item.data) return <Card loading />;
  return <ApplyForm item={item.data} />;
}

function ApplyForm({ item }: { item: ServiceItem }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Record<string, string>>();
  const [situation, setSituation] = useState(item.situations[0]?.code ?? "");
  const [districtId, setDistrictId] = useState<string>();
  const [files, setFiles] = useState<Record<string, { id: string; fileName: string }>>({});
  const materials = useQuery(checklistQuery(item.id, situation)).data?.materials ?? [];
  const districts =
    useQuery({ ...districtsQuery(), enabled: item.handlingLevel === "district" }).data?.items ?? [];
  const submit = useMutation({
    mutationFn: (body: SubmitBody) => servicesApi.submit(body),
    onSuccess: () => {
      void message.success(s.submitted);
      void navigate("/services/mine");
    },
    onError: (error: Error) => showProblems(error, message),
  });
  const onFinish = (values: Record<string, string>) =>
    submit.mutate({
      itemId: item.id,
      situationCode: situation || null,
      districtId: districtId ?? null,
      form: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== "")),
      materials: materials
        .filter((m) => files[m.code])
        .map((m) => ({ code: m.code, materialId: files[m.code]?.id ?? "" })),
    });
  return (
    <Card title={s.applyTitle(item.name)} data-testid="page-services-apply" style={{ maxWidth: 720 }}>
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {item.situations.length > 0 && (
          <Form.Item label={s.situation} required>
            <Radio.Group
              value={situation}
              onChange={(e) => setSituation(String(e.target.value))}
              options={item.situations.map((x) => ({ value: x.code, label: x.name }))}
            />
          </Form.Item>
        )}
        {item.handlingLevel === "district" && (
          <Form.Item label={s.district} required>
            <Select
              value={districtId}
              onChange={setDistrictId}
              options={districts.map((d) => ({ value: d.id, label: d.name }))}
              data-testid="services-apply-district"
            />
          </Form.Item>
        )}
        <Typography.Title level={5}>{s.form}</Typography.Title>
        {item.formFields.map((f) => (
          <Form.Item
            key={f.key}
            name={f.key}
            label={f.label}
            rules={f.required ? [{ required: true, message: `请填写${f.label}` }] : []}
          >
            {f.kind === "select" ? (
              <Select
                options={(f.options ?? []).map((o) => ({ value: o, label: o }))}
                data-testid={`services-field-${f.key}`}
              />
            ) : (
              <Input data-testid={`services-field-${f.key}`} />
            )}
          </Form.Item>
        ))}
        <Typography.Title level={5}>{s.materials}</Typography.Title>
        <Typography.Paragraph type="secondary">{s.uploadHint}</Typography.Paragraph>
        <List
          dataSource={materials}
          renderItem={(m) => (
            <List.Item
              data-testid={`services-material-${m.code}`}
              actions={[
                <Upload
                  key="upload"
                  showUploadList={false}
                  accept=".pdf,.jpg,.jpeg,.png"
                  customRequest={({ file }) => {
                    servicesApi
                      .upload(file as File)
                      .then((uploaded) =>
                        setFiles((old) => ({
                          ...old,
                          [m.code]: { id: uploaded.id, fileName: uploaded.fileName },
                        })),
                      )
                      .catch((error: Error) => showError({ error, message }));
                  }}
                >
                  <Button icon={<UploadOutlined />} data-testid={`services-upload-${m.code}`}>
                    {s.upload}
                  </Button>
                </Upload>,
              ]}
            >
              <Space wrap>
                {m.name}
                <Tag>{m.required ? s.required : s.optional}</Tag>
                {files[m.code] && (
                  <Tag color="green">{`${s.uploaded}：${files[m.code]?.fileName ?? ""}`}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={submit.isPending}
          data-testid="services-submit"
        >
          {s.submit}
        </Button>
      </Form>
    </Card>
  );
}
