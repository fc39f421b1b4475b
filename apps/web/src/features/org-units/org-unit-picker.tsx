import type { OrgUnitKind } from "@edubureau/domain";
import { useQuery } from "@tanstack/react-query";
import { TreeSelect, Typography } from "antd";
import { useMemo, useState, type ReactNode } from "react";
import { useDebouncedValue } from "../../components/use-debounced-value.ts";
import { t } from "../../app/locale/index.ts";
import { searchQuery } from "./org-units.api.ts";
import type { OrgUnit, OrgUnitWithPath } from "./org-units.api.ts";
import { useOrgUnitTree } from "./use-org-unit-tree.ts";

/** The picked unit: its id, the name shown in the box and, when known, its kind (to check the role). */
export interface OrgUnitOption {
  value: string;
  label: ReactNode;
  kind?: OrgUnitKind;
}

interface PickerNode {
  value: string;
  title: ReactNode;
  /** Shown in the box once picked. */
  label: string;
  isLeaf: boolean;
  children?: PickerNode[];
}

function toPickerNodes(units: OrgUnit[], childrenById: Map<string, OrgUnit[]>): PickerNode[] {
  return units.map((unit) => {
    const children = childrenById.get(unit.id);
    return {
      value: unit.id,
      title: t.orgUnits.nameWithCode(unit.name, unit.code),
      label: unit.name,
      isLeaf: unit.childCount === 0,
      ...(children ? { children: toPickerNodes(children, childrenById) } : {}),
    };
  });
}

function toSearchNodes(units: OrgUnitWithPath[]): PickerNode[] {
  return units.map((unit) => ({
    value: unit.id,
    title: (
      <span data-testid={`org-picker-result-${unit.id}`}>
        {unit.name}{" "}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[...unit.pathNames, unit.code].join(" / ")}
        </Typography.Text>
      </span>
    ),
    label: unit.name,
    isLeaf: true,
  }));
}

interface OrgUnitPickerProps {
  value?: OrgUnitOption;
  onChange?: (value: OrgUnitOption) => void;
  testId?: string;
}

/** Form control: browse the tree lazily, or type a name or code to search the whole scope. */
export function OrgUnitPicker({ value, onChange, testId }: OrgUnitPickerProps) {
  const tree = useOrgUnitTree();
  const [search, setSearch] = useState("");
  const q = useDebouncedValue(search.trim());
  const results = useQuery(searchQuery(q));
  const searching = search.trim().length > 0;

  const treeData = useMemo(
    () =>
      searching ? toSearchNodes(results.data ?? []) : toPickerNodes(tree.roots.data ?? [], tree.childrenById),
    [searching, results.data, tree.roots.data, tree.childrenById],
  );
  const kindById = useMemo(() => {
    const units = [
      ...(tree.roots.data ?? []),
      ...[...tree.childrenById.values()].flat(),
      ...(results.data ?? []),
    ];
    return new Map(units.map((unit) => [unit.id, unit.kind]));
  }, [tree.roots.data, tree.childrenById, results.data]);

  return (
    <TreeSelect<OrgUnitOption, PickerNode>
      labelInValue
      value={value}
      onChange={(next) =>
        onChange?.({ value: next.value, label: next.label, kind: kindById.get(next.value) })
      }
      treeData={treeData}
      loadData={(node) => tree.load(String(node.value))}
      treeLoadedKeys={tree.loadedKeys}
      treeNodeLabelProp="label"
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      placeholder={t.orgUnits.pickerPlaceholder}
      loading={tree.roots.isPending || (searching && results.isFetching)}
      notFoundContent={t.orgUnits.noResults}
      listHeight={320}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 360 } } }}
      data-testid={testId}
    />
  );
}
