import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, DatePicker, Form, Input, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { showFormError } from "../../components/show-error.ts";
import { t } from "../../app/locale/index.ts";
import { designationKeys, updateDesignation } from "./designations.api.ts";
import type { Designation } from "./designations.api.ts";

interface DocumentValues {
  documentNo?: string;
  documentDate?: Dayjs | null;
}

/** Corrects the issuing document of an award; the award itself (school, type, year) stays. */
export function EditDocumentModal({
  designation,
  onClose,
}: {
  designation: Designation;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DocumentValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: DocumentValues) =>
      updateDesignation(designation.id, {
        documentNo: values.documentNo?.trim() || null,
        documentDate: values.documentDate ? values.documentDate.format("YYYY-MM-DD") : null,
      }),
    onSuccess: async () => {
      void message.success(t.common.saved);
      await queryClient.invalidateQueries({ queryKey: designationKeys.all });
      onClose();
    },
    onError: (error) => showFormError({ error, form, message }),
  });

  return (
    <Modal
      open
      title={t.designations.editTitle(designation.institution.name, designation.typeName)}
      okText={t.common.save}
      okButtonProps={{ "data-testid": "designation-edit-submit" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
    >
      <Form<DocumentValues>
        form={form}
        layout="vertical"
        initialValues={{
          documentNo: designation.documentNo ?? "",
          documentDate: designation.documentDate ? dayjs(designation.documentDate) : null,
        }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item name="documentNo" label={t.designations.documentNo}>
          <Input maxLength={64} data-testid="designation-edit-document-no" />
        </Form.Item>
        <Form.Item name="documentDate" label={t.designations.documentDate}>
          <DatePicker style={{ width: "100%" }} data-testid="designation-edit-document-date" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
