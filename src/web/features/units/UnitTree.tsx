import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import type { Unit } from '../../../contracts/units.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchUnitChildren, unitKeys } from './api.ts';
import { KindTag } from './KindTag.tsx';

interface Props {
  includeInactive: boolean;
  selectedId: number | null;
  onSelect: (id: number | null) => void;
  /** Branches to open so that the selected unit shows (its ancestors); opened again whenever they change. */
  reveal?: readonly number[];
}

/**
 * The caller's part of the tree, one level at a time: a province has thousands
 * of units, so children are fetched when a node is opened, never all at once.
 * Each level lives in the query cache, so after an edit (invalidating "units")
 * the open branches refresh in place.
 */
export function UnitTree({ includeInactive, selectedId, onSelect, reveal = [] }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const [expanded, setExpanded] = useState<number[]>(() => [...reveal]);
  const revealKey = reveal.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the ids, not the array's identity
  useEffect(() => {
    setExpanded((prev) => {
      const add = reveal.filter((id) => !prev.includes(id));
      return add.length ? [...prev, ...add] : prev;
    });
  }, [revealKey]);
  const roots = useQuery({
    queryKey: unitKeys.children(null, includeInactive),
    queryFn: () => fetchUnitChildren(null, includeInactive),
  });
  const levels = useQueries({
    queries: expanded.map((id) => ({
      queryKey: unitKeys.children(id, includeInactive),
      queryFn: () => fetchUnitChildren(id, includeInactive),
    })),
  });

  if (roots.isPending) return <PageLoading />;
  if (roots.isError) return <LoadFailed error={roots.error} onRetry={() => void roots.refetch()} />;
  if (roots.data.length === 0) return <Empty description={t('unit.noScope')} />;

  const loaded = new Map<number, Unit[]>();
  expanded.forEach((id, i) => {
    const data = levels[i]?.data;
    if (data) loaded.set(id, data);
  });
  const build = (units: readonly Unit[]): DataNode[] =>
    units.map((u) => {
      const children = loaded.get(u.id);
      return {
        key: u.id,
        isLeaf: u.childCount === 0,
        title: (
          <Space size={6} wrap={false}>
            <span>{u.name}</span>
            <KindTag kind={u.kind} />
            {u.active ? null : <Tag bordered={false}>{t('unit.inactive')}</Tag>}
          </Space>
        ),
        ...(children ? { children: build(children) } : {}),
      };
    });

  const loadData = async (node: DataNode): Promise<void> => {
    const id = Number(node.key);
    try {
      await qc.fetchQuery({
        queryKey: unitKeys.children(id, includeInactive),
        queryFn: () => fetchUnitChildren(id, includeInactive),
      });
    } catch (err) {
      onError(err);
    }
  };

  return (
    <>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('unit.treeHint')}
      </Typography.Text>
      <div className="ld-tree-scroll">
        <Tree
          blockNode
          showLine={{ showLeafIcon: false }}
          treeData={build(roots.data)}
          loadData={loadData}
          expandedKeys={expanded}
          onExpand={(keys) => setExpanded(keys.map(Number))}
          selectedKeys={selectedId === null ? [] : [selectedId]}
          onSelect={(keys) => onSelect(keys.length ? Number(keys[0]) : null)}
          style={{ overflowX: 'auto' }}
        />
      </div>
    </>
  );
}
