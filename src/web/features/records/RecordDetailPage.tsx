import { EditOutlined, LockOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Tag } from 'antd';
import { Link, useLocation, useParams } from 'react-router';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { RaiseFromRecordButton } from '../concerns/RaiseFromRecordButton.tsx';
import { RecordConcerns } from '../concerns/RecordConcerns.tsx';
import { fetchRecord, recordKeys } from './api.ts';
import { RecordAttachments } from './RecordAttachments.tsx';
import { RecordBody } from './RecordBody.tsx';
import { RecordFacts } from './RecordFacts.tsx';
import type { UploadProblem } from './uploadAll.ts';

/** /records/:id: the record, its files, and 编辑 while its edit window is open (可编辑至 …), else 已锁定. */
export default function RecordDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const location = useLocation();
  const problems = ((location.state as { uploadProblems?: UploadProblem[] } | null)?.uploadProblems ??
    []) as UploadProblem[];
  const query = useQuery({ queryKey: recordKeys.detail(id), queryFn: () => fetchRecord(id) });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const record = query.data;
  if (!record) return <PageLoading />;
  return (
    <PageContainer
      title={record.title}
      extra={
        <Flex gap={8} align="center" wrap>
          <RaiseFromRecordButton recordId={record.id} unitId={record.unit.id} />
          {record.editable ? (
            <>
              <Tag color="processing" data-testid="record-editable">
                {t('record.editableUntil', { until: formatDateTime(record.editableUntil) })}
              </Tag>
              <Link to={`/records/${record.id}/edit`}>
                <Button type="primary" icon={<EditOutlined />}>
                  {t('record.edit')}
                </Button>
              </Link>
            </>
          ) : (
            <Tag icon={<LockOutlined />} data-testid="record-locked">
              {t('record.lockedTag')}
            </Tag>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={12} style={{ maxWidth: 960 }}>
        <Card size="small">
          <RecordFacts record={record} />
        </Card>
        <RecordBody record={record} />
        <Card size="small" title={t('record.attachments')}>
          <RecordAttachments record={record} problems={problems} />
        </Card>
        <RecordConcerns recordId={record.id} />
      </Flex>
    </PageContainer>
  );
}
