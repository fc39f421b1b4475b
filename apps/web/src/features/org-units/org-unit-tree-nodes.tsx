import { Typography } from "antd";
import type { ReactNode } from "react";
import type { OrgUnit } from "./org-units.api.ts";

export interface OrgTreeNode {
  key: string;
  title: ReactNode;
  isLeaf: boolean;
  children?: OrgTreeNode[];
}

export function OrgUnitTitle({ unit }: { unit: OrgUnit }) {
  return (
    <span data-testid={`org-node-${unit.id}`} data-code={unit.code}>
      {unit.name}{" "}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {unit.code}
      </Typography.Text>
    </span>
  );
}

/** antd tree nodes for the loaded part of the tree; unopened units keep no `children`. */
export function toTreeNodes(units: OrgUnit[], childrenById: Map<string, OrgUnit[]>): OrgTreeNode[] {
  return units.map((unit) => {
    const children = childrenById.get(unit.id);
    const node: OrgTreeNode = {
      key: unit.id,
      title: <OrgUnitTitle unit={unit} />,
      isLeaf: unit.childCount === 0 && (children === undefined || children.length === 0),
    };
    if (children !== undefined) node.children = toTreeNodes(children, childrenById);
    return node;
  });
}
