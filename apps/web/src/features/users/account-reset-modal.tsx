import { Form } from "antd";
import type { ReactNode } from "react";
import { FormModal } from "../../components/form-modal.tsx";
import { useFormMutation } from "../../components/use-form-mutation.ts";
import type { User } from "./users.api.ts";
import { userKeys } from "./users.api.ts";

/**
 * An administrator's reset of one account's credential (its password, its second factor): a one-field form
 * in a dialog that sends the reset, says so, refreshes the account list and closes.
 */
export function AccountResetModal<V>(props: {
  user: User;
  onClose: () => void;
  reset: (userId: string, values: V) => Promise<unknown>;
  done: string;
  title: string;
  okText: string;
  /** `${testId}-submit` is the OK button. */
  testId: string;
  notice: ReactNode;
  danger?: boolean;
  children: ReactNode;
}) {
  const { user, onClose, reset, done, ...dialog } = props;
  const [form] = Form.useForm<V>();
  const mutation = useFormMutation({
    form,
    mutationFn: (values: V) => reset(user.id, values),
    success: done,
    invalidate: userKeys.all,
    onDone: onClose,
  });
  return (
    <FormModal
      form={form}
      saving={mutation.isPending}
      onClose={onClose}
      onFinish={(values) => mutation.mutate(values)}
      {...dialog}
    />
  );
}
