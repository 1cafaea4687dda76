import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Space, Spin, TreeSelect, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useMemo, useState } from 'react';
import type { Unit, UnitListItem } from '../../../contracts/units.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useDebounced } from '../../app/useDebounced.ts';
import { fetchUnitChildren, fetchUnitDetail, listUnits, unitKeys } from './api.ts';
import { KindTag } from './KindTag.tsx';

interface Node {
  id: number;
  pId: number | null;
  value: number;
  label: string;
  title: ReactNode;
  isLeaf?: boolean;
  disabled?: boolean;
}

function title(u: { name: string; code: string; kind: Unit['kind'] }, path?: string): ReactNode {
  return (
    <Space size={6} wrap={false}>
      <span>{u.name}</span>
      <KindTag kind={u.kind} />
      {path ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {path}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

const toNode = (u: Unit, disabledId: number | undefined): Node => ({
  id: u.id,
  pId: u.parentId,
  value: u.id,
  label: u.name,
  title: title(u),
  ...(u.childCount === 0 ? { isLeaf: true } : {}),
  ...(u.id === disabledId ? { disabled: true } : {}),
});

const foundNode = (u: UnitListItem, disabledId: number | undefined): Node => ({
  id: u.id,
  pId: null,
  value: u.id,
  label: u.name,
  title: title(u, u.ancestors.map((a) => a.name).join(' / ')),
  isLeaf: true,
  ...(u.id === disabledId ? { disabled: true } : {}),
});

/**
 * One unit of the caller's tree (a subtree root for filters, a parent for a
 * move): opened level by level, or found by name or code. A value set from a
 * link shows its name even before its branch is opened.
 */
export function UnitTreeSelect({
  value,
  onChange,
  placeholder,
  allowClear = true,
  disabledId,
  style,
  id,
}: {
  value?: number | null | undefined;
  onChange?: (id: number | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** A unit that may not be chosen (the unit being moved). */
  disabledId?: number;
  style?: CSSProperties;
  id?: string;
}) {
  const t = useT();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const [loaded, setLoaded] = useState<Node[]>([]);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);

  const roots = useQuery({ queryKey: unitKeys.children(null, false), queryFn: () => fetchUnitChildren(null, false) });
  const found = useQuery({
    queryKey: unitKeys.search(q),
    queryFn: () => listUnits({ q, page: 1, pageSize: 30 }),
    enabled: q.length > 0,
  });
  const current = value ?? null;
  const known = useMemo(
    () =>
      current !== null && ((roots.data ?? []).some((u) => u.id === current) || loaded.some((n) => n.id === current)),
    [current, roots.data, loaded],
  );
  const detail = useQuery({
    queryKey: unitKeys.detail(current ?? 0),
    queryFn: () => fetchUnitDetail(current ?? 0),
    enabled: current !== null && !known,
  });

  const treeData = useMemo(() => {
    if (q.length > 0) return (found.data?.items ?? []).map((u) => foundNode(u, disabledId));
    return [...(roots.data ?? []).map((u) => toNode(u, disabledId)), ...loaded];
  }, [q, found.data, roots.data, loaded, disabledId]);

  const loadData = async (node: { value?: unknown }) => {
    const parentId = Number(node.value);
    if (loaded.some((n) => n.pId === parentId)) return;
    try {
      const children = await qc.fetchQuery({
        queryKey: unitKeys.children(parentId, false),
        queryFn: () => fetchUnitChildren(parentId, false),
      });
      setLoaded((prev) => [
        ...prev,
        ...children.filter((c) => !prev.some((n) => n.id === c.id)).map((u) => toNode(u, disabledId)),
      ]);
    } catch (err) {
      onError(err);
    }
  };

  const label =
    current === null
      ? undefined
      : (loaded.find((n) => n.id === current)?.label ??
        roots.data?.find((u) => u.id === current)?.name ??
        detail.data?.name ??
        `#${current}`);
  const busy = roots.isPending || (q.length > 0 && found.isFetching);
  return (
    <TreeSelect<{ value: number; label: ReactNode } | null>
      id={id}
      labelInValue
      showSearch
      allowClear={allowClear}
      value={current === null ? undefined : { value: current, label }}
      onChange={(v) => {
        setSearch('');
        onChange?.(v ? Number(v.value) : null);
      }}
      searchValue={search}
      onSearch={setSearch}
      filterTreeNode={false}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={treeData}
      loadData={q.length > 0 ? undefined : loadData}
      treeNodeLabelProp="label"
      placeholder={placeholder ?? t('unit.pickerPlaceholder')}
      notFoundContent={busy ? <Spin size="small" /> : t('account.scopeNotFound')}
      listHeight={320}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'calc(100vw - 24px)', minWidth: 240 } } }}
      style={{ width: '100%', ...style }}
    />
  );
}
