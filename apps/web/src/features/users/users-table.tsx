import { Table, Typography, type TableColumnsType } from "antd";
import type { HTMLAttributes } from "react";
import { formatDateTime } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";
import { serverPagination } from "../../components/pagination.ts";
import { UserActions, type UserDialog } from "./user-actions.tsx";
import { UserStatus } from "./user-status.tsx";
import type { User, UserPage } from "./users.api.ts";

interface UsersTableProps {
  data: UserPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  canWrite: boolean;
  onOpen: (dialog: UserDialog) => void;
}

function columns(canWrite: boolean, onOpen: (dialog: UserDialog) => void): TableColumnsType<User> {
  const base: TableColumnsType<User> = [
    {
      title: t.users.username,
      dataIndex: "username",
      width: 150,
      render: (username: string) => <Typography.Text code>{username}</Typography.Text>,
    },
    { title: t.users.displayName, dataIndex: "displayName", width: 120 },
    { title: t.users.role, dataIndex: "roleLabel", width: 110 },
    {
      title: t.users.orgUnit,
      key: "orgUnit",
      ellipsis: true,
      render: (_: unknown, user) => user.orgUnit.name,
    },
    {
      title: t.users.status,
      key: "status",
      width: 170,
      render: (_: unknown, user) => <UserStatus user={user} />,
    },
    {
      title: t.users.lastLoginAt,
      dataIndex: "lastLoginAt",
      width: 150,
      render: (at: string | null) => formatDateTime(at),
    },
  ];
  if (!canWrite) return base;
  return [
    ...base,
    {
      title: t.common.actions,
      key: "actions",
      width: 200,
      render: (_: unknown, user) => <UserActions user={user} onOpen={onOpen} />,
    },
  ];
}

function rowProps(user: User): HTMLAttributes<HTMLElement> & { "data-testid": string } {
  return { "data-testid": `user-row-${user.username}` };
}

export function UsersTable(props: UsersTableProps) {
  const { data, loading, page, pageSize, onPageChange, canWrite, onOpen } = props;
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns(canWrite, onOpen)}
      dataSource={data?.items ?? []}
      loading={loading}
      onRow={rowProps}
      pagination={serverPagination(page, pageSize, data?.total, onPageChange)}
      data-testid="users-table"
    />
  );
}
