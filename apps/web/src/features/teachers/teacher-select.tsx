import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState, type CSSProperties } from "react";
import { t } from "../../app/locale/index.ts";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { teachersQuery } from "./teachers.api.ts";

/** Form control: one teacher of the account's scope, found by name or teacher number. */
export function TeacherSelect({
  value,
  onChange,
  style,
}: {
  value?: string;
  onChange?: (id: string) => void;
  style?: CSSProperties;
}) {
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim());
  const list = useQuery(
    teachersQuery({ q, subject: "", stage: "", title: "", post: "", page: 1, pageSize: 30 }),
  );
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      value={value}
      onChange={onChange}
      style={style}
      placeholder={t.teachers.search}
      loading={list.isFetching}
      options={(list.data?.items ?? []).map((x) => ({
        value: x.id,
        label: `${x.name}（${x.teacherNumber}，${x.institution.name}）`,
      }))}
    />
  );
}
