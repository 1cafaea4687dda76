import type { ProColumns } from '@ant-design/pro-components';
import { Empty, Flex, Pagination, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from './i18n/index.tsx';
import { type PagedQuery, PagedTable, type Paging, pageTotal } from './paging.tsx';
import { LoadFailed } from './ResultPages.tsx';
import { useCompact } from './useCompact.ts';

/**
 * A server-paged list shown as cards with a simple pager on a phone and as a
 * `PagedTable` elsewhere; `action` (the "new" button, keyed) beside the total
 * on a phone, in the table's toolbar otherwise; a retry when the first load failed.
 */
export function PagedCardsOrTable<T extends { id: number }>({
  query,
  paging,
  columns,
  cards,
  action,
  totalTestId,
}: {
  query: PagedQuery<T>;
  paging: Paging;
  columns: ProColumns<T>[];
  cards: (items: T[]) => ReactNode;
  action: ReactNode;
  totalTestId?: string;
}) {
  const t = useT();
  const compact = useCompact();
  const data = query.data;
  if (query.isError && !data && query.error) {
    return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!compact) {
    return (
      <PagedTable<T>
        query={query}
        paging={paging}
        columns={columns}
        totalTestId={totalTestId}
        toolBarRender={() => (action ? [action] : [])}
      />
    );
  }
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary" data-testid={totalTestId}>
          {pageTotal(t, data)}
        </Typography.Text>
        {action}
      </Flex>
      {data && data.items.length === 0 ? <Empty /> : cards(data?.items ?? [])}
      <Pagination
        simple
        align="center"
        current={paging.page}
        pageSize={paging.pageSize}
        total={data?.total ?? 0}
        onChange={paging.setPage}
      />
    </Flex>
  );
}
