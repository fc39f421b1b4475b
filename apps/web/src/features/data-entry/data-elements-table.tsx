import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Flex, Form, Input, InputNumber, Modal, Select, Table, type TableProps } from "antd";
import { useState } from "react";
import { t } from "../../app/locale/index.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { showFormError } from "../../components/show-error.ts";
import { indicatorKeys } from "../indicators/indicators.api.ts";
import { createElement, dataKeys, elementsQuery } from "./data-entry.api.ts";
import type { CreateElementInput, DataElement } from "./data-entry.api.ts";

/** The data elements forms ask for; city accounts may define new ones. */
export function DataElementsTable({ canDefine }: { canDefine: boolean }) {
  const elements = useQuery(elementsQuery());
  const [creating, setCreating] = useState(false);
  const columns: TableProps<DataElement>["columns"] = [
    { title: t.dataEntry.elementCode, dataIndex: "code", width: 220 },
    { title: t.dataEntry.elementName, dataIndex: "name" },
    { title: t.dataEntry.elementUnit, dataIndex: "unit", width: 80 },
    { title: t.dataEntry.valueType, dataIndex: "valueTypeLabel", width: 90 },
    { title: t.dataEntry.periodType, dataIndex: "periodTypeLabel", width: 90 },
    {
      title: t.dataEntry.range,
      width: 120,
      render: (_: unknown, row) => `${row.minValue ?? "—"} ~ ${row.maxValue ?? "—"}`,
    },
    { title: t.dataEntry.elementDescription, dataIndex: "description", ellipsis: true },
  ];
  return (
    <Flex vertical gap={12}>
      {canDefine && (
        <Flex justify="end">
          <Button type="primary" onClick={() => setCreating(true)} data-testid="element-create">
            {t.dataEntry.createElement}
          </Button>
        </Flex>
      )}
      <ErrorAlert error={elements.error} />
      <Table<DataElement>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={elements.data ?? []}
        loading={elements.isFetching}
        pagination={false}
      />
      {creating && <CreateElementModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}

function CreateElementModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateElementInput>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: createElement,
    onSuccess: async () => {
      void message.success(t.dataEntry.elementCreated);
      await queryClient.invalidateQueries({ queryKey: dataKeys.all });
      await queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });
  return (
    <Modal
      open
      title={t.dataEntry.createElement}
      okText={t.common.create}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          valueType: "integer",
          periodType: "year",
          minValue: 0,
          maxValue: null,
          description: null,
        }}
        onFinish={(values) => mutation.mutate({ ...values, description: values.description || null })}
      >
        <Form.Item
          name="code"
          label={t.dataEntry.elementCode}
          extra={t.dataEntry.codeHint}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,47}$/, message: t.dataEntry.codeHint }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="name"
          label={t.dataEntry.elementName}
          rules={[{ required: true, whitespace: true, message: t.dataEntry.nameRequired }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="unit"
          label={t.dataEntry.elementUnit}
          rules={[{ required: true, whitespace: true, message: t.dataEntry.unitRequired }]}
        >
          <Input maxLength={10} style={{ width: 120 }} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="valueType" label={t.dataEntry.valueType}>
            <Select
              style={{ width: 140 }}
              options={Object.entries(t.dataEntry.valueTypes).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="periodType" label={t.dataEntry.periodType}>
            <Select
              style={{ width: 140 }}
              options={Object.entries(t.dataEntry.periodTypes).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="minValue" label={t.dataEntry.minValue}>
            <InputNumber />
          </Form.Item>
          <Form.Item name="maxValue" label={t.dataEntry.maxValue}>
            <InputNumber />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t.dataEntry.elementDescription}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
