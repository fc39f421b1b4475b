import { Empty, Tree, type GetRef } from "antd";
import { useEffect, useMemo, useRef } from "react";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { FullPageSpin } from "../../components/full-page-spin.tsx";
import { t } from "../../app/locale/index.ts";
import { toTreeNodes } from "./org-unit-tree-nodes.tsx";
import type { useOrgUnitTree } from "./use-org-unit-tree.ts";

interface OrgUnitTreeProps {
  tree: ReturnType<typeof useOrgUnitTree>;
  expandedKeys: string[];
  onExpandedChange: (keys: string[]) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Scroll to the selected unit once it is in the tree (after a search reveals it). */
  scrollToSelected: boolean;
}

const TREE_HEIGHT = 520;

export function OrgUnitTree(props: OrgUnitTreeProps) {
  const { tree, expandedKeys, onExpandedChange, selectedId, onSelect, scrollToSelected } = props;
  const treeRef = useRef<GetRef<typeof Tree>>(null);
  const roots = tree.roots.data;
  const treeData = useMemo(() => toTreeNodes(roots ?? [], tree.childrenById), [roots, tree.childrenById]);
  const shownIds = useMemo(
    () => new Set([...(roots ?? []), ...[...tree.childrenById.values()].flat()].map((unit) => unit.id)),
    [roots, tree.childrenById],
  );
  const selectedLoaded = selectedId !== null && shownIds.has(selectedId);

  useEffect(() => {
    if (scrollToSelected && selectedLoaded && selectedId !== null) {
      treeRef.current?.scrollTo({ key: selectedId, align: "auto" });
    }
  }, [scrollToSelected, selectedLoaded, selectedId]);

  if (tree.roots.isPending) return <FullPageSpin />;
  if (tree.roots.isError) return <ErrorAlert error={tree.roots.error} />;
  if (treeData.length === 0) return <Empty description={t.orgUnits.noResults} />;

  return (
    <Tree
      ref={treeRef}
      treeData={treeData}
      height={TREE_HEIGHT}
      blockNode
      showLine
      loadData={(node) => tree.load(String(node.key))}
      loadedKeys={tree.loadedKeys}
      expandedKeys={expandedKeys}
      onExpand={(keys) => onExpandedChange(keys.map(String))}
      selectedKeys={selectedId === null ? [] : [selectedId]}
      onSelect={(keys) => {
        const [key] = keys;
        if (key !== undefined) onSelect(String(key));
      }}
      data-testid="org-tree"
    />
  );
}
