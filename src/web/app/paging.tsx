import { type ProColumns, ProTable, type ProTableProps } from '@ant-design/pro-components';
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { type TablePaginationConfig, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type Translate, useT } from './i18n/index.tsx';
import { LoadFailed } from './ResultPages.tsx';
import { useCompact } from './useCompact.ts';

/** A page of a server-paged list (people's totals stop counting at a cap). */
export interface Paged<T> {
  items: T[];
  total: number;
  totalCapped?: boolean;
}

/** "n in total" for a loaded page ("more than n" past the cap), else nothing. */
export function pageTotal(t: Translate, data: Paged<unknown> | undefined): string {
  if (!data) return '';
  return t(data.totalCapped ? 'list.totalCapped' : 'list.total', { count: data.total.toLocaleString() });
}

/**
 * Page and page size of a server-paged table (20 a page unless told), back to
 * page 1 whenever `resetOn` changes (other filters, another subtree);
 * `pagination(total)` is the table's pager: size changer, "n in total", a
 * simple pager on phones.
 */
export function usePaging({ resetOn, pageSize: initialPageSize = 20 }: { resetOn?: unknown; pageSize?: number } = {}) {
  const t = useT();
  const compact = useCompact();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const key = JSON.stringify(resetOn);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts at page 1
  useEffect(() => setPage(1), [key]);
  const pagination = (total: number, more?: TablePaginationConfig): TablePaginationConfig => ({
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    showTotal: (n) => t('list.total', { count: n.toLocaleString() }),
    onChange: (p, s) => {
      setPage(s === pageSize ? p : 1);
      setPageSize(s);
    },
    simple: compact,
    ...more,
  });
  return { page, pageSize, setPage, pagination };
}

export type Paging = ReturnType<typeof usePaging>;

/**
 * A page of a server-paged list for the current filters (`usePaging`), the
 * previous page kept on screen while the next one loads.
 */
export function usePagedQuery<P>({
  filters,
  queryKey,
  queryFn,
}: {
  filters: unknown;
  queryKey: (page: number, pageSize: number) => QueryKey;
  queryFn: (page: number, pageSize: number) => Promise<P>;
}) {
  const paging = usePaging({ resetOn: filters });
  const { page, pageSize } = paging;
  const query = useQuery({
    queryKey: queryKey(page, pageSize),
    queryFn: () => queryFn(page, pageSize),
    placeholderData: keepPreviousData,
  });
  return { paging, query };
}

/** What a paged list view needs of `usePagedQuery`'s query. */
export interface PagedQuery<T> {
  data: Paged<T> | undefined;
  isFetching: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

/**
 * A server-paged list as a ProTable: the total above it, reload in the toolbar
 * (and the column chooser when the choice is remembered, `columnsState`), the
 * pager of `paging`; a retry in its place when the first load failed.
 */
export function PagedTable<T extends { id: number }>({
  query,
  paging,
  columns,
  totalTestId,
  pageSizeOptions,
  headerTitle,
  columnsState,
  ...props
}: Omit<
  ProTableProps<T, Record<string, unknown>>,
  'rowKey' | 'dataSource' | 'loading' | 'search' | 'options' | 'pagination' | 'scroll'
> & {
  query: PagedQuery<T>;
  paging: Paging;
  columns: ProColumns<T>[];
  totalTestId?: string;
  pageSizeOptions?: number[];
}) {
  const t = useT();
  const data = query.data;
  const totalText = pageTotal(t, data);
  if (query.isError && !data && query.error) {
    return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <ProTable<T>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={query.isFetching}
      search={false}
      headerTitle={
        headerTitle ?? (
          <Typography.Text type="secondary" data-testid={totalTestId}>
            {totalText}
          </Typography.Text>
        )
      }
      options={{
        reload: () => void query.refetch(),
        density: false,
        setting: columnsState ? { listsHeight: 360 } : false,
      }}
      columnsState={columnsState}
      pagination={paging.pagination(data?.total ?? 0, {
        ...(pageSizeOptions ? { pageSizeOptions } : {}),
        showTotal: () => totalText,
      })}
      scroll={{ x: 'max-content' }}
      {...props}
    />
  );
}
