import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useParams } from 'react-router';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchRecord, recordKeys, updateRecord } from './api.ts';
import { fromRecord } from './formValues.ts';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSaved } from './useRecordSaved.ts';

/** /records/:id/edit: the author changes a record within its edit window. */
export default function RecordEditPage() {
  const t = useT();
  const id = Number(useParams().id);
  const saved = useRecordSaved();
  const query = useQuery({ queryKey: recordKeys.detail(id), queryFn: () => fetchRecord(id) });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const record = query.data;
  if (!record) return <PageLoading />;
  return (
    <PageContainer title={t('record.editTitle', { title: record.title })}>
      <div style={{ maxWidth: 720 }}>
        {record.editable ? (
          <RecordForm
            key={record.version}
            defaults={fromRecord(record)}
            draftKey={`edit:${record.id}`}
            lockedTarget
            submit={(body) => updateRecord(record.id, { ...body, version: record.version })}
            onSaved={(r) => saved(r, [])}
            onStale={() => void query.refetch()}
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            message={t('record.locked', { until: formatDateTime(record.editableUntil) })}
          />
        )}
      </div>
    </PageContainer>
  );
}
