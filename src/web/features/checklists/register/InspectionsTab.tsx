import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { InspectionSummary } from '../../../../contracts/checklist-register.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { fetchInspections, registerKeys } from './api.ts';
import { InspectionDetailModal } from './InspectionDetailModal.tsx';
import { InspectionFormModal } from './InspectionFormModal.tsx';

/** 一季一检查: the template's inspections in scope (by quarter), a new one for the inspectors. */
export function InspectionsTab({ templateId }: { templateId: number | undefined }) {
  const t = useT();
  const me = useMe();
  const [quarter, setQuarter] = useState<number | undefined>();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const list = useQuery({
    queryKey: [...registerKeys.inspections(templateId), quarter ?? null],
    queryFn: () => fetchInspections({ templateId, ...(quarter ? { quarter } : {}) }),
    enabled: templateId !== undefined,
  });
  if (templateId === undefined) return <Empty description={t('clr.noTemplate')} />;
  if (list.isError) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Flex wrap gap={8} justify="space-between">
        <Select<number | undefined>
          allowClear
          placeholder={t('clr.inspection.quarter')}
          value={quarter}
          onChange={setQuarter}
          style={{ width: 140 }}
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('clr.quarter', { q }) }))}
        />
        {me.permissions.includes('checklists.inspect') ? (
          <Button type="primary" data-testid="inspection-new" onClick={() => setCreating(true)}>
            {t('clr.inspection.new')}
          </Button>
        ) : null}
      </Flex>
      <Table<InspectionSummary>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('clr.inspection.empty') }}
        columns={[
          { title: t('clr.unit'), render: (_, i) => i.assignment.unit.name },
          { title: t('clr.inspection.quarter'), render: (_, i) => t('clr.quarter', { q: i.quarter }) },
          { title: t('clr.inspection.inspectedOn'), dataIndex: 'inspectedOn' },
          { title: t('clr.inspection.inspectors'), dataIndex: 'inspectors' },
          {
            title: t('clr.findings'),
            render: (_, i) => (
              <Space size={4} wrap>
                <span>{t('clr.inspection.counts', i.counts)}</span>
                {i.openRectifications > 0 ? (
                  <Tag color="orange">{t('clr.inspection.open', { n: i.openRectifications })}</Tag>
                ) : null}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, i) => (
              <Button size="small" type="link" onClick={() => setShown(i.id)}>
                {t('clr.monthly.view')}
              </Button>
            ),
          },
        ]}
      />
      {creating ? (
        <InspectionFormModal
          templateId={templateId}
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            setShown(id);
            void list.refetch();
          }}
        />
      ) : null}
      {shown !== null ? <InspectionDetailModal id={shown} onClose={() => setShown(null)} /> : null}
    </Space>
  );
}
