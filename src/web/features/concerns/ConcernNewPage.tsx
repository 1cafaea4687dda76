import { PageContainer } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { fetchRecord, recordKeys } from '../records/api.ts';
import { ConcernForm, type ConcernFormValues } from './ConcernForm.tsx';

const id = z.coerce.number().int().positive();

/** /concerns/new?recordId=&unitId=: a new concern, usually from the visit record it was collected at. */
export default function ConcernNewPage() {
  const t = useT();
  const [params] = useSearchParams();
  const search = params.toString();
  const { defaults, draftKey, recordId } = useMemo(() => {
    const p = new URLSearchParams(search);
    const recordId = id.safeParse(p.get('recordId')).data ?? null;
    const unitId = id.safeParse(p.get('unitId')).data ?? null;
    const values: ConcernFormValues = {
      kind: 'problem',
      category: undefined,
      unitId,
      title: '',
      description: '',
      anonymous: false,
    };
    return { defaults: values, draftKey: `concern:new:${recordId ?? ''}:${unitId ?? ''}`, recordId };
  }, [search]);
  const record = useQuery({
    queryKey: recordKeys.detail(recordId ?? 0),
    queryFn: () => fetchRecord(recordId ?? 0),
    enabled: recordId !== null,
  });
  const linked =
    recordId === null ? null : (
      <Alert
        type="info"
        style={{ marginBottom: 12 }}
        data-testid="concern-linked-record"
        message={t('concern.linkedRecord')}
        description={
          record.data ? (
            <Link to={`/records/${recordId}`}>
              {record.data.title} · {formatDateTime(record.data.occurredAt)}
            </Link>
          ) : (
            `#${recordId}`
          )
        }
      />
    );
  return (
    <PageContainer title={t('concern.newTitle')}>
      <div style={{ maxWidth: 720 }}>
        <ConcernForm key={draftKey} defaults={defaults} draftKey={draftKey} recordId={recordId} linkedRecord={linked} />
      </div>
    </PageContainer>
  );
}
