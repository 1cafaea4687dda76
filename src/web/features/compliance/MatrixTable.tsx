import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Table, Tag, Typography } from 'antd';
import { COMPLIANCE_STATUSES, type ComplianceStatus } from '../../../contracts/actions.ts';
import type { ComplianceCell, ComplianceQuery, ComplianceSubject } from '../../../contracts/compliance.ts';
import { useT } from '../../app/i18n/index.tsx';
import { usePaging } from '../../app/paging.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useActionOptions } from '../records/labels.ts';
import { complianceKeys, fetchMatrix } from './api.ts';
import { STATUS_COLORS } from './StatusTag.tsx';

interface Row {
  subject: ComplianceSubject;
  cells: ComplianceCell[];
}

export function SubjectCell({ subject }: { subject: ComplianceSubject }) {
  return (
    <div style={{ minWidth: 160, whiteSpace: 'normal' }}>
      <div>{subject.name}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {subject.detail === subject.unitName ? subject.unitName : `${subject.detail} · ${subject.unitName}`}
      </Typography.Text>
    </div>
  );
}

/** Subjects × rules: each cell "done/required" colored by status; filtered by status, paged. */
export function MatrixTable({
  query,
  status,
  onStatus,
}: {
  query: ComplianceQuery;
  status: ComplianceStatus | undefined;
  onStatus: (s: ComplianceStatus | undefined) => void;
}) {
  const t = useT();
  const compact = useCompact();
  const options = useActionOptions();
  const paging = usePaging({ pageSize: 50 });
  const { page, pageSize } = paging;
  const q = { ...query, ...(status ? { status } : {}), page, pageSize };
  const matrix = useQuery({
    queryKey: complianceKeys.matrix(q),
    queryFn: () => fetchMatrix(q),
    placeholderData: keepPreviousData,
  });
  if (matrix.isError && !matrix.data) return <LoadFailed error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const data = matrix.data;
  return (
    <Flex vertical gap={8}>
      <Select<ComplianceStatus>
        allowClear
        value={status ?? null}
        onChange={(s) => {
          paging.setPage(1);
          onStatus(s ?? undefined);
        }}
        placeholder={t('compliance.statusAll')}
        options={options('complianceStatus', COMPLIANCE_STATUSES)}
        style={{ width: 180 }}
        data-testid="matrix-status"
      />
      <Table<Row>
        rowKey={(r) => `${r.subject.type}-${r.subject.id}`}
        size="small"
        loading={matrix.isFetching}
        dataSource={data?.rows.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="compliance-matrix"
        pagination={paging.pagination(data?.rows.total ?? 0)}
        columns={[
          {
            title: t('compliance.subject'),
            key: 'subject',
            fixed: compact ? undefined : 'left',
            render: (_, r) => <SubjectCell subject={r.subject} />,
          },
          ...(data?.rules ?? []).map((rule) => ({
            title: <div style={{ maxWidth: 160, whiteSpace: 'normal' as const, fontSize: 12 }}>{rule.name}</div>,
            key: `rule-${rule.id}`,
            align: 'center' as const,
            render: (_: unknown, r: Row) => {
              const cell = r.cells.find((c) => c.ruleId === rule.id);
              return cell ? (
                <Tag color={STATUS_COLORS[cell.status]} style={{ marginInlineEnd: 0 }}>
                  {cell.done}/{cell.required}
                </Tag>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              );
            },
          })),
        ]}
      />
    </Flex>
  );
}
