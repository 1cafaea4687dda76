import type { UnitKind } from '../../contracts/units.ts';
import type { PlanUnit } from './plan.ts';

/**
 * A unit tree in memory for the generators: parents, children and each unit's
 * office (the nearest head office, province, city or county at or above it),
 * which decides who leads it and which party org it belongs to.
 */
export type OfficeKind = 'head_office' | 'province' | 'city' | 'county';
const OFFICE_KINDS: ReadonlySet<UnitKind> = new Set(['head_office', 'province', 'city', 'county']);

export function isOffice(kind: UnitKind): kind is OfficeKind {
  return OFFICE_KINDS.has(kind);
}

export interface TreeNode {
  unit: PlanUnit;
  parent: TreeNode | null;
  children: TreeNode[];
  /** The nearest office at or above this unit; null only above every office. */
  office: TreeNode | null;
  /** For a section: its department; for a department: itself. */
  department: TreeNode | null;
}

export interface Tree {
  /** Parents before children, in the plan's order. */
  nodes: TreeNode[];
  byCode: Map<string, TreeNode>;
}

/** Builds the tree of `units` (parents first); a parent code outside the list makes a root. */
export function buildTree(units: readonly PlanUnit[]): Tree {
  const byCode = new Map<string, TreeNode>();
  const nodes: TreeNode[] = [];
  for (const unit of units) {
    const parent = unit.parentCode ? (byCode.get(unit.parentCode) ?? null) : null;
    const node: TreeNode = { unit, parent, children: [], office: null, department: null };
    node.office = isOffice(unit.kind) ? node : (parent?.office ?? null);
    if (unit.kind === 'department') node.department = node;
    else if (unit.kind === 'section') node.department = parent?.department ?? null;
    parent?.children.push(node);
    byCode.set(unit.code, node);
    nodes.push(node);
  }
  return { nodes, byCode };
}

/** The office a unit hangs under, for an office its parent office. */
export function parentOffice(node: TreeNode): TreeNode | null {
  return node.parent?.office ?? null;
}
