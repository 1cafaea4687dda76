import type { ProColumns } from '@ant-design/pro-components';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Concern } from '../../../contracts/concerns.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { DueDate, KindTag, StateTag } from './ConcernTags.tsx';
import { useConcernNames } from './labels.ts';

/** The concerns table on a wide screen. */
export function useConcernColumns(): ProColumns<Concern>[] {
  const t = useT();
  const names = useConcernNames();
  return useMemo<ProColumns<Concern>[]>(
    () => [
      {
        title: t('concern.title'),
        key: 'title',
        width: 260,
        render: (_, c) => (
          <Link to={`/concerns/${c.id}`} data-testid="concern-link" data-concern-id={c.id}>
            {c.title}
          </Link>
        ),
      },
      { title: t('concern.kind'), key: 'kind', render: (_, c) => <KindTag kind={c.kind} /> },
      { title: t('concern.category'), key: 'category', render: (_, c) => c.categoryName },
      { title: t('concern.tier'), key: 'tier', render: (_, c) => names.tier(c.tier) },
      { title: t('concern.state'), key: 'state', render: (_, c) => <StateTag state={c.state} /> },
      {
        title: t('concern.outlet'),
        key: 'unit',
        render: (_, c) => (
          <div>
            <div>{c.unit.name}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.unitTrail}
            </Typography.Text>
          </div>
        ),
      },
      { title: t('concern.department'), key: 'department', render: (_, c) => c.department?.name ?? '—' },
      { title: t('concern.handler'), key: 'handler', render: (_, c) => c.handler?.name ?? '—' },
      { title: t('concern.raisedAt'), key: 'raisedAt', render: (_, c) => formatDateTime(c.raisedAt) },
      { title: t('concern.dueOn'), key: 'dueOn', render: (_, c) => <DueDate concern={c} /> },
    ],
    [t, names],
  );
}
