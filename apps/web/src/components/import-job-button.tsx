import { UploadOutlined } from "@ant-design/icons";
import { Button, Modal } from "antd";
import { useState } from "react";
import { ImportJobPanel, type ImportJobPanelProps } from "./import-job-panel.tsx";

export interface ImportJobButtonProps extends Omit<
  ImportJobPanelProps,
  "testId" | "testIdPrefix" | "templateTestId"
> {
  label: string;
  title: string;
  close: string;
  /** Test ids follow it: the button is `${testIdPrefix}`, the dialog `${testIdPrefix}-dialog` … */
  testIdPrefix: string;
  /** The template link gets `${testIdPrefix}-template` when set. */
  templateTestId?: boolean;
}

/** A feature's import button: it opens the import job panel in a dialog. */
export function ImportJobButton({
  label,
  title,
  close,
  testIdPrefix,
  templateTestId,
  ...panel
}: ImportJobButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={testIdPrefix}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        width={760}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{close}</Button>}
        destroyOnHidden
        data-testid={`${testIdPrefix}-dialog`}
      >
        <ImportJobPanel
          {...panel}
          testId={`${testIdPrefix}-panel`}
          testIdPrefix={testIdPrefix}
          templateTestId={templateTestId ? `${testIdPrefix}-template` : undefined}
        />
      </Modal>
    </>
  );
}
