import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
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
}

/**
 * The caller's part of the tree, one level at a time: a province has thousands
 * of units, so children are fetched when a node is opened, never all at once.
 */
export function UnitTree({ includeInactive, selectedId, onSelect }: Props) {
  const t = useT();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const roots = useQuery({
    queryKey: unitKeys.children(null, includeInactive),
    queryFn: () => fetchUnitChildren(null, includeInactive),
  });
  const [children, setChildren] = useState<ReadonlyMap<number, Unit[]>>(new Map());

  const treeData = useMemo(() => {
    const build = (units: readonly Unit[]): DataNode[] =>
      units.map((u) => {
        const loaded = children.get(u.id);
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
          ...(loaded ? { children: build(loaded) } : {}),
        };
      });
    return build(roots.data ?? []);
  }, [roots.data, children, t]);

  if (roots.isPending) return <PageLoading />;
  if (roots.isError) return <LoadFailed error={roots.error} onRetry={() => void roots.refetch()} />;
  if (roots.data.length === 0) return <Empty description={t('unit.noScope')} />;

  const loadData = async (node: DataNode): Promise<void> => {
    const id = Number(node.key);
    if (children.has(id)) return;
    try {
      const list = await qc.fetchQuery({
        queryKey: unitKeys.children(id, includeInactive),
        queryFn: () => fetchUnitChildren(id, includeInactive),
      });
      setChildren((prev) => new Map(prev).set(id, list));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('unit.treeHint')}
      </Typography.Text>
      <Tree
        blockNode
        showLine={{ showLeafIcon: false }}
        treeData={treeData}
        loadData={loadData}
        selectedKeys={selectedId === null ? [] : [selectedId]}
        onSelect={(keys) => onSelect(keys.length ? Number(keys[0]) : null)}
        style={{ overflowX: 'auto' }}
      />
    </>
  );
}
