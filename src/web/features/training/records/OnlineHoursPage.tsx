import { PageContainer } from '@ant-design/pro-components';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { OnlineHoursItem } from '../../../../contracts/training.ts';
import { withQuery } from '../../../app/api/client.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { downloadOnlineTemplate, fetchOnlineHours, recordKeys } from './api.ts';
import { formatHours } from './figures.ts';
import { useYearUnit, YearUnitBar } from './filters.tsx';
import { OnlineImportModal } from './OnlineImportModal.tsx';

/** 线上学习学时 by year and subtree; training managers download the template and import a platform's export. */
export default function OnlineHoursPage() {
  const t = useT();
  const me = useMe();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const canManage = me.permissions.includes('training.manage');
  const { year, unitId } = useYearUnit();
  const [importing, setImporting] = useState(false);
  const list = useQuery({
    queryKey: recordKeys.online(year, unitId ?? null),
    queryFn: () => fetchOnlineHours(year, unitId),
    placeholderData: keepPreviousData,
  });
  const rows = list.data ?? [];
  const total = rows.reduce((sum, r) => sum + r.hours, 0);
  return (
    <PageContainer
      title={t('trn.rec.online.title')}
      extra={[
        <Link key="gaps" to={withQuery('/training/gaps', { year, unitId })}>
          {t('trn.rec.link.gaps')}
        </Link>,
      ]}
    >
      <Card styles={{ body: { padding: 12 } }}>
        <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
          <YearUnitBar />
          {canManage && (
            <Flex gap={8} wrap>
              <Button onClick={() => void downloadOnlineTemplate().catch((e: unknown) => onError(e))}>
                {t('trn.rec.online.template')}
              </Button>
              <Button type="primary" onClick={() => setImporting(true)} data-testid="online-import-open">
                {t('trn.rec.online.import')}
              </Button>
            </Flex>
          )}
        </Flex>
        {list.isError && !list.data ? (
          <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Typography.Paragraph type="secondary" data-testid="online-total">
              {t('trn.rec.online.total', { count: rows.length, hours: formatHours(total) })}
            </Typography.Paragraph>
            <div data-testid="online-table">
              <Table<OnlineHoursItem>
                rowKey="id"
                size="small"
                loading={list.isFetching}
                dataSource={rows}
                scroll={{ x: 'max-content' }}
                pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
                locale={{ emptyText: t('trn.rec.online.empty') }}
                columns={[
                  {
                    title: t('trn.rec.person'),
                    key: 'person',
                    render: (_, r) => (
                      <Link
                        to={withQuery(`/training/people/${r.person.id}`, { year })}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {r.person.name}
                      </Link>
                    ),
                  },
                  { title: t('trn.rec.employeeNo'), dataIndex: 'employeeNo' },
                  { title: t('trn.rec.online.platform'), dataIndex: 'platform' },
                  { title: t('trn.rec.online.course'), dataIndex: 'course' },
                  { title: t('trn.rec.online.completedOn'), dataIndex: 'completedOn' },
                  { title: t('trn.rec.hours'), key: 'hours', align: 'right', render: (_, r) => formatHours(r.hours) },
                ]}
              />
            </div>
          </>
        )}
      </Card>
      {importing && (
        <OnlineImportModal
          onDone={() => void qc.invalidateQueries({ queryKey: recordKeys.all })}
          onClose={() => setImporting(false)}
        />
      )}
    </PageContainer>
  );
}
