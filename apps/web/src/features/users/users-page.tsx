import { useQuery } from "@tanstack/react-query";
import { Card, Flex, Input } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { positiveInt } from "../../components/search-params.ts";
import { t } from "../../app/locale/index.ts";
import { useSession } from "../../app/session/session-context.ts";
import { hasPermission } from "../../app/session/permissions.ts";
import { CreateUserModal } from "./create-user-modal.tsx";
import { EditUserModal } from "./edit-user-modal.tsx";
import { ResetPasswordModal } from "./reset-password-modal.tsx";
import { ResetTwoFactorModal } from "./reset-two-factor-modal.tsx";
import type { UserDialog } from "./user-actions.tsx";
import { usersQuery } from "./users.api.ts";
import { UsersTable } from "./users-table.tsx";
import { pageChange } from "../../components/pagination.ts";
import { AddButton } from "../../components/add-button.tsx";

const DEFAULT_PAGE_SIZE = 20;

export function UsersPage() {
  const me = useSession();
  const canWrite = hasPermission(me, "users.write");
  // Search and paging live in the address so a reload or a shared link shows the same page.
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const page = positiveInt(params.get("page"), 1);
  const pageSize = positiveInt(params.get("pageSize"), DEFAULT_PAGE_SIZE);
  const users = useQuery(usersQuery({ q, page, pageSize }));
  const [dialog, setDialog] = useState<UserDialog | { kind: "create" } | null>(null);

  const go = (next: { q?: string; page?: number; pageSize?: number }) => {
    const merged = { q, page, pageSize, ...next };
    setParams(
      {
        ...(merged.q ? { q: merged.q } : {}),
        ...(merged.page > 1 ? { page: String(merged.page) } : {}),
        ...(merged.pageSize !== DEFAULT_PAGE_SIZE ? { pageSize: String(merged.pageSize) } : {}),
      },
      { replace: true },
    );
  };

  return (
    <Card data-testid="page-users">
      <Flex justify="space-between" style={{ marginBottom: 16 }}>
        <Input.Search
          key={q}
          allowClear
          defaultValue={q}
          placeholder={t.users.searchPlaceholder}
          onSearch={(value) => go({ q: value.trim(), page: 1 })}
          style={{ width: 320 }}
          data-testid="users-search"
        />
        {canWrite && (
          <AddButton
            label={t.users.create}
            onClick={() => setDialog({ kind: "create" })}
            testId="user-create"
          />
        )}
      </Flex>
      <ErrorAlert error={users.error} />
      <UsersTable
        data={users.data}
        loading={users.isFetching}
        page={page}
        pageSize={pageSize}
        onPageChange={pageChange(pageSize, go)}
        canWrite={canWrite}
        onOpen={setDialog}
      />
      {dialog?.kind === "create" && <CreateUserModal onClose={() => setDialog(null)} />}
      {dialog?.kind === "edit" && <EditUserModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === "reset" && <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === "reset-two-factor" && (
        <ResetTwoFactorModal user={dialog.user} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
