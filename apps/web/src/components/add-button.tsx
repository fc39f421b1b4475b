import { PlusOutlined } from "@ant-design/icons";
import { Button } from "antd";

/** A list page's primary "add" action (新建、授予 …). */
export function AddButton({
  label,
  onClick,
  testId,
}: {
  label: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
}
