import { Form, Modal, type FormInstance } from "antd";
import type { ReactNode } from "react";

/**
 * A dialog around one vertical form: OK submits the form, the button spins while `saving`. Test ids follow
 * `testId`: the form is `${testId}-form`, the OK button `${testId}-submit`. A `notice` stands above the form;
 * `danger` marks an OK that cannot be undone.
 */
export function FormModal<V>(props: {
  form: FormInstance<V>;
  title: ReactNode;
  okText: string;
  saving: boolean;
  onClose: () => void;
  onFinish: (values: V) => void;
  initialValues?: Partial<V>;
  testId: string;
  notice?: ReactNode;
  danger?: boolean;
  children: ReactNode;
}) {
  const { form, title, okText, saving, onClose, onFinish, initialValues, testId, notice, danger, children } =
    props;
  return (
    <Modal
      open
      title={title}
      okText={okText}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ danger, "data-testid": `${testId}-submit` }}
    >
      {notice}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        data-testid={`${testId}-form`}
      >
        {children}
      </Form>
    </Modal>
  );
}
