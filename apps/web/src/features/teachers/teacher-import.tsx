import { UploadOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Upload } from "antd";
import { t } from "../../app/locale/index.ts";
import { showError } from "../../components/show-error.ts";
import { teacherKeys, uploadTeachers } from "./teachers.api.ts";

/** Upload of a 教师名录 workbook: all rows or none, with every row error listed when it fails. */
export function TeacherImport() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: uploadTeachers,
    onSuccess: async (outcome) => {
      if (outcome.ok) {
        void message.success(t.teachers.imported(outcome.imported));
        await queryClient.invalidateQueries({ queryKey: teacherKeys.all });
      }
    },
    onError: (error) => showError({ error, message }),
  });
  const failed = upload.data && !upload.data.ok ? upload.data : null;
  return (
    <>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => (upload.mutate(file), false)}>
        <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="teachers-import">
          {t.teachers.importExcel}
        </Button>
      </Upload>
      {failed && (
        <Alert
          type="error"
          showIcon
          closable
          style={{ marginTop: 12, width: "100%" }}
          title={`${t.teachers.importFailed}${failed.detail}`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20, maxHeight: 200, overflow: "auto" }}>
              {failed.errors.map((e, i) => (
                <li key={i}>{t.teachers.importRow(e.row, e.field, e.message)}</li>
              ))}
            </ul>
          }
          data-testid="teachers-import-errors"
        />
      )}
    </>
  );
}
