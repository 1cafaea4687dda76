import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Button, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { Concern } from '../../../contracts/concerns.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PagedCardsOrTable } from '../../app/PagedCardsOrTable.tsx';
import { usePagedQuery } from '../../app/paging.tsx';
import { useMe } from '../../app/session.tsx';
import { ActiveFilters } from './ActiveFilters.tsx';
import { concernKeys, fetchConcernCounts, listConcerns } from './api.ts';
import { ConcernCards } from './ConcernCards.tsx';
import { ConcernFilterBar } from './ConcernFilterBar.tsx';
import { useConcernColumns } from './columns.tsx';
import { useConcernFilters } from './useConcernFilters.ts';

type Queue = 'mine' | 'all';

/** 意见建议: 待我处理 (N) and 全部, filtered by what the address says. */
export default function ConcernsPage() {
  const t = useT();
  const me = useMe();
  const columns = useConcernColumns();
  const listFilters = useConcernFilters();
  const { filters } = listFilters;
  const [params, setParams] = useSearchParams();
  const queue: Queue = params.get('queue') === 'mine' ? 'mine' : 'all';
  const setQueue = (q: Queue) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (q === 'mine') out.set('queue', 'mine');
        else out.delete('queue');
        return out;
      },
      { replace: true },
    );
  const counts = useQuery({ queryKey: concernKeys.counts, queryFn: fetchConcernCounts });
  const query = { ...filters, queue };
  const { paging, query: list } = usePagedQuery({
    filters: query,
    queryKey: (page, pageSize) => concernKeys.list(query, page, pageSize),
    queryFn: (page, pageSize) => listConcerns(query, page, pageSize),
  });
  const data = list.data;
  const canRaise = me.permissions.includes('concerns.raise');
  const raiseButton = canRaise ? (
    <Link key="new" to="/concerns/new">
      <Button type="primary" icon={<PlusOutlined />} data-testid="concern-new">
        {t('concern.raise')}
      </Button>
    </Link>
  ) : null;

  return (
    <PageContainer title={t('menu.concerns')}>
      <Tabs
        activeKey={queue}
        onChange={(k) => setQueue(k as Queue)}
        items={[
          {
            key: 'mine',
            label: (
              <span data-testid="concern-tab-mine">{t('concern.tab.mine', { count: counts.data?.mine ?? 0 })}</span>
            ),
          },
          { key: 'all', label: <span data-testid="concern-tab-all">{t('concern.tab.all')}</span> },
        ]}
      />
      <ConcernFilterBar {...listFilters} />
      <ActiveFilters {...listFilters} items={data?.items ?? []} />
      <PagedCardsOrTable<Concern>
        query={list}
        paging={paging}
        columns={columns}
        cards={(items) => <ConcernCards items={items} />}
        action={raiseButton}
        totalTestId="concern-total"
      />
    </PageContainer>
  );
}
