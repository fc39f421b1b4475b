import { SearchOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AutoComplete, Flex, Input, Typography } from "antd";
import { SEARCH_GROUP_PERMISSIONS, SEARCH_MAX_LENGTH, searchableText } from "@edubureau/domain/search";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { api } from "../api.ts";
import { t } from "../locale/index.ts";
import { hasPermission } from "../session/permissions.ts";
import { useSession } from "../session/session-context.ts";

const S = t.search;

/**
 * 全局搜索 in the top bar: schools, teachers, plan tasks and targets, grouped; Enter or a click opens the
 * hit. Shown to accounts that may read at least one of the groups; the server decides which.
 */
export function GlobalSearch({ width = 320 }: { width?: number }) {
  const me = useSession();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const q = searchableText(useDebouncedValue(text, 250));
  const found = useQuery({
    queryKey: ["search", q],
    queryFn: () => api.GET("/api/search", { params: { query: { q: q ?? "" } } }),
    enabled: q !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  if (!Object.values(SEARCH_GROUP_PERMISSIONS).some((p) => hasPermission(me, p))) return null;

  const groups = q === null ? [] : (found.data?.groups ?? []);
  const options = groups
    .filter((g) => g.items.length > 0)
    .map((g) => ({
      label: (
        <Flex justify="space-between" data-testid={`search-group-${g.kind}`}>
          <span>{S.groups[g.kind]}</span>
          {g.more && <Typography.Text type="secondary">{S.more}</Typography.Text>}
        </Flex>
      ),
      options: g.items.map((hit) => ({
        value: hit.path,
        label: (
          <Flex vertical data-testid="search-hit">
            <Typography.Text ellipsis>{hit.title}</Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {hit.subtitle}
            </Typography.Text>
          </Flex>
        ),
      })),
    }));
  const typed = text.trim().length > 0;
  const notFound = !typed
    ? null
    : searchableText(text) === null
      ? S.tooShort
      : found.isFetching && options.length === 0
        ? S.searching
        : found.isSuccess
          ? S.nothing
          : null;

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(value: string) => setText(value)}
      onSelect={(path: string) => {
        setText("");
        void navigate(path);
      }}
      // Enter opens the first hit (a combobox does not mark one by default).
      defaultActiveFirstOption
      // Room for several groups at once, each hit two lines.
      listHeight={440}
      notFoundContent={notFound}
      popupMatchSelectWidth={Math.max(width, 360)}
      style={{ width, lineHeight: "normal" }}
      data-testid="global-search"
    >
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={S.placeholder}
        aria-label={S.label}
        maxLength={SEARCH_MAX_LENGTH}
        data-testid="global-search-input"
      />
    </AutoComplete>
  );
}
