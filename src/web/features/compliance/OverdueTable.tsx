import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import type { ComplianceQuery, ComplianceSubject } from '../../../contracts/compliance.ts';
import type { Rule } from '../../../contracts/rules.ts';
import { useT } from '../../app/i18n/index.tsx';
import { usePaging } from '../../app/paging.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { complianceKeys, fetchOverdue } from './api.ts';
import { SubjectCell } from './MatrixTable.tsx';

interface Row {
  subject: ComplianceSubject;
  rule: Rule;
  required: number;
  done: number;
}

/** 逾期清单: who missed which rule in the period. */
export function OverdueTable({ query }: { query: ComplianceQuery }) {
  const t = useT();
  const { page, pageSize, pagination } = usePaging({ pageSize: 50 });
  const q = { ...query, page, pageSize };
  const list = useQuery({
    queryKey: complianceKeys.overdue(q),
    queryFn: () => fetchOverdue(q),
    placeholderData: keepPreviousData,
  });
  if (list.isError && !list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<Row>
      rowKey={(r) => `${r.subject.type}-${r.subject.id}-${r.rule.id}`}
      size="middle"
      loading={list.isFetching}
      dataSource={list.data?.items ?? []}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('compliance.noOverdue') }}
      data-testid="compliance-overdue"
      pagination={pagination(list.data?.total ?? 0)}
      columns={[
        { title: t('compliance.subject'), key: 'subject', render: (_, r) => <SubjectCell subject={r.subject} /> },
        {
          title: t('compliance.rule'),
          key: 'rule',
          render: (_, r) => <div style={{ minWidth: 180, whiteSpace: 'normal' }}>{r.rule.name}</div>,
        },
        {
          title: t('compliance.doneOfRequired'),
          key: 'done',
          align: 'center',
          render: (_, r) => (
            <Tag color="error">
              {r.done}/{r.required}
            </Tag>
          ),
        },
      ]}
    />
  );
}
