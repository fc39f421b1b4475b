import { DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from "@ant-design/icons";
import { classBand, summariseClasses } from "@edubureau/domain/registry";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Flex,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from "antd";
import { useState } from "react";
import { ApiError, type FieldError } from "../../app/api-error.ts";
import { t } from "../../app/locale/index.ts";
import { BandTag } from "./band-tag.tsx";
import {
  blankRow,
  gradeOptions,
  rowOf,
  rowProblems,
  rowsOf,
  sameRows,
  toInput,
  type EditRow,
} from "./class-rows.ts";
import { ClassesSummaryCards } from "./classes-summary.tsx";
import { classKeys, replaceYearClasses } from "./classes.api.ts";
import type { YearClasses } from "./classes.api.ts";

function CellError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <Typography.Text type="danger" style={{ display: "block", fontSize: 12, lineHeight: 1.4 }}>
      {message}
    </Typography.Text>
  );
}

/**
 * A school year's classes as one editable table, saved all at once through the replace endpoint:
 * the server refuses the whole set if any row is wrong, and each refusal shows under its row.
 */
export function ClassesEditor({ data, canWrite }: { data: YearClasses; canWrite: boolean }) {
  const { institution, schoolYear } = data;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(() => rowsOf(data.items));
  const [rows, setRows] = useState(saved);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  // A row just added gets the focus, which also scrolls a long table down to it.
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const dirty = !sameRows(rows, saved);
  const save = useMutation({
    mutationFn: () => replaceYearClasses(institution.id, schoolYear, rows.map(toInput)),
    onSuccess: (result) => {
      queryClient.setQueryData(classKeys.year(institution.id, schoolYear), result);
      const next = rowsOf(result.items);
      setSaved(next);
      setRows(next);
      setServerErrors([]);
      void queryClient.invalidateQueries({ queryKey: classKeys.years(institution.id) });
      void message.success(t.classes.saved);
    },
    onError: (error) => setServerErrors(error instanceof ApiError ? error.fieldErrors : []),
  });

  // Any edit makes the server's last answer stale; the domain's own check takes over until the next save.
  const edited = () => {
    setServerErrors([]);
    save.reset();
  };
  const update = (index: number, patch: Partial<EditRow>) => {
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
    edited();
  };
  const remove = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    edited();
  };
  const add = () => {
    const row = blankRow(rows, rows.at(-1)?.grade ?? institution.grades[0] ?? 0);
    setRows((current) => [...current, row]);
    setAddedKey(row.key);
    edited();
  };

  const measurable = rows.filter(
    (row): row is EditRow & { grade: number; students: number } =>
      row.grade !== null && row.students !== null && Number.isInteger(row.students) && row.students >= 0,
  );
  const summary = summariseClasses(institution.type, measurable, institution.places);
  const generalErrors = serverErrors.filter((error) => rowOf(error) === undefined);

  const columns: TableColumnsType<EditRow> = [
    { title: "#", key: "index", width: 48, render: (_: unknown, _row, index) => index + 1 },
    {
      title: t.classes.grade,
      key: "grade",
      width: 150,
      render: (_: unknown, row, index) => {
        const problem = rowProblems({ type: institution.type, row, index, serverErrors }).get("grade");
        if (!canWrite) return gradeOptions([row.grade ?? 0])[0]?.label;
        return (
          <>
            <Select
              value={row.grade}
              options={gradeOptions(institution.grades)}
              onChange={(grade: number) => update(index, { grade })}
              status={problem ? "error" : undefined}
              style={{ width: "100%" }}
              data-testid={`class-row-${index}-grade`}
            />
            <CellError message={problem} />
          </>
        );
      },
    },
    {
      title: t.classes.name,
      key: "name",
      render: (_: unknown, row, index) => {
        const problem = rowProblems({ type: institution.type, row, index, serverErrors }).get("name");
        if (!canWrite) return row.name;
        return (
          <>
            <Input
              value={row.name}
              maxLength={32}
              autoFocus={row.key === addedKey}
              onChange={(event) => update(index, { name: event.target.value })}
              status={problem ? "error" : undefined}
              data-testid={`class-row-${index}-name`}
            />
            <CellError message={problem} />
          </>
        );
      },
    },
    {
      title: t.classes.students,
      key: "students",
      width: 200,
      render: (_: unknown, row, index) => {
        const problem = rowProblems({ type: institution.type, row, index, serverErrors }).get("students");
        if (!canWrite) return row.students;
        return (
          <>
            <InputNumber
              value={row.students}
              min={0}
              precision={0}
              onChange={(students: number | null) => update(index, { students })}
              status={problem ? "error" : undefined}
              style={{ width: "100%" }}
              data-testid={`class-row-${index}-students`}
            />
            <CellError message={problem} />
          </>
        );
      },
    },
    {
      title: t.classes.band,
      key: "band",
      width: 110,
      render: (_: unknown, row, index) =>
        row.grade !== null && row.students !== null ? (
          <BandTag
            band={classBand(institution.type, row.grade, row.students)}
            testId={`class-row-${index}-band`}
          />
        ) : null,
    },
  ];
  if (canWrite)
    columns.push({
      title: t.common.actions,
      key: "actions",
      width: 80,
      render: (_: unknown, _row, index) => (
        <Button
          type="link"
          size="small"
          danger
          icon={<DeleteOutlined />}
          onClick={() => remove(index)}
          data-testid={`class-row-${index}-delete`}
        >
          {t.classes.deleteRow}
        </Button>
      ),
    });

  return (
    <div data-testid="classes-editor">
      <ClassesSummaryCards summary={summary} />
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {canWrite ? t.classes.bandNote : t.classes.readOnly}
        </Typography.Text>
        {canWrite && (
          <Flex gap={8} align="center">
            {dirty && <Tag color="warning">{t.classes.unsaved}</Tag>}
            <Button icon={<PlusOutlined />} onClick={add} data-testid="classes-add">
              {t.classes.addClass}
            </Button>
            <Button
              icon={<UndoOutlined />}
              disabled={!dirty}
              onClick={() => {
                setRows(saved);
                edited();
              }}
              data-testid="classes-discard"
            >
              {t.classes.discard}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate()}
              data-testid="classes-save"
            >
              {t.classes.save}
            </Button>
          </Flex>
        )}
      </Flex>
      {save.error && (
        <Alert
          type="error"
          showIcon
          title={save.error instanceof ApiError ? save.error.title : t.errors.page}
          description={
            <>
              {save.error instanceof ApiError ? save.error.detail : null}
              {generalErrors.map((error) => (
                <div key={error.message}>{error.message}</div>
              ))}
            </>
          }
          style={{ marginBottom: 12 }}
          data-testid="classes-save-error"
        />
      )}
      <Table<EditRow>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t.classes.empty }}
        data-testid="classes-table"
      />
    </div>
  );
}
