import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Space, Spin, TreeSelect, Typography } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import type { UnitPickerItem } from '../../../contracts/units.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useDebounced } from '../../app/useDebounced.ts';
import { KindTag } from '../units/KindTag.tsx';
import { pickUnits } from './api.ts';

/** A chosen unit as the form holds it: the id and the name to show on its tag. */
export interface ScopeValue {
  value: number;
  label: ReactNode;
}

interface Node {
  id: number;
  pId: number | null;
  value: number;
  label: string;
  title: ReactNode;
  isLeaf?: boolean;
}

function toNode(u: UnitPickerItem, leaf: boolean): Node {
  return {
    id: u.id,
    pId: u.parentId,
    value: u.id,
    label: u.name,
    title: (
      <Space size={6}>
        <span>{u.name}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {u.code}
        </Typography.Text>
        <KindTag kind={u.kind} />
      </Space>
    ),
    ...(leaf ? { isLeaf: true } : {}),
  };
}

/**
 * Units for a data scope: the whole enterprise tree, opened level by level, or
 * found by name or code (the tree has up to 100k units, so nothing loads it whole).
 */
export function ScopePicker({ value, onChange }: { value?: ScopeValue[]; onChange?: (v: ScopeValue[]) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const [loaded, setLoaded] = useState<Node[]>([]);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);

  const roots = useQuery({ queryKey: ['units', 'picker', 'roots'], queryFn: () => pickUnits({}) });
  const found = useQuery({
    queryKey: ['units', 'picker', 'search', q],
    queryFn: () => pickUnits({ q }),
    enabled: q.length > 0,
  });

  const treeData = useMemo(() => {
    if (q.length > 0) return (found.data ?? []).map((u) => toNode(u, true));
    return [...(roots.data ?? []).map((u) => toNode(u, u.childCount === 0)), ...loaded];
  }, [q, found.data, roots.data, loaded]);

  const loadData = async (node: { value?: unknown }) => {
    const parentId = Number(node.value);
    if (loaded.some((n) => n.pId === parentId)) return;
    try {
      const children = await qc.fetchQuery({
        queryKey: ['units', 'picker', 'children', parentId],
        queryFn: () => pickUnits({ parentId }),
      });
      setLoaded((prev) => [...prev, ...children.map((u) => toNode(u, u.childCount === 0))]);
    } catch (err) {
      onError(err);
    }
  };

  const busy = roots.isPending || (q.length > 0 && found.isFetching);
  return (
    <TreeSelect<ScopeValue[]>
      multiple
      labelInValue
      showSearch
      allowClear
      value={value}
      onChange={(v) => onChange?.(v)}
      searchValue={search}
      onSearch={setSearch}
      filterTreeNode={false}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={treeData}
      loadData={q.length > 0 ? undefined : loadData}
      treeNodeLabelProp="label"
      placeholder={t('account.scopePlaceholder')}
      notFoundContent={busy ? <Spin size="small" /> : t('account.scopeNotFound')}
      listHeight={320}
      style={{ width: '100%' }}
    />
  );
}
