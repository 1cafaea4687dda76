import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { RollupRow } from '../../../contracts/registry.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { KindTag } from '../units/KindTag.tsx';
import { COUNT_KEYS, COUNT_LABELS, countLink, countPermission } from './links.ts';

/** The children of a unit, each with the figures of its whole subtree; each figure opens its list. */
export function RollupTable({
  rows,
  onOpen,
  loading,
}: {
  rows: RollupRow[];
  /** Choosing a child (in the tree page: select it; elsewhere: go to its page). */
  onOpen: (id: number) => void;
  loading?: boolean;
}) {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const columns: ColumnsType<RollupRow> = [
    {
      title: t('unit.name'),
      key: 'name',
      fixed: compact ? undefined : 'left',
      render: (_, r) => (
        <Typography.Link onClick={() => onOpen(r.unit.id)} style={{ whiteSpace: 'nowrap' }}>
          {r.unit.name}
        </Typography.Link>
      ),
    },
    { title: t('unit.kind'), key: 'kind', render: (_, r) => <KindTag kind={r.unit.kind} /> },
    ...COUNT_KEYS.map((key) => ({
      title: t(COUNT_LABELS[key]),
      key,
      align: 'right' as const,
      render: (_: unknown, r: RollupRow) =>
        me.permissions.includes(countPermission(key)) ? (
          <Link to={countLink(key, r.unit.id)}>{r.counts[key].toLocaleString()}</Link>
        ) : (
          r.counts[key].toLocaleString()
        ),
    })),
  ];
  return (
    <div data-testid="rollup-children">
      <Table<RollupRow>
        rowKey={(r) => r.unit.id}
        size="small"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
      />
    </div>
  );
}
