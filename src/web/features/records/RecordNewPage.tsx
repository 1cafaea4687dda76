import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { z } from 'zod';
import { ACTION_KINDS } from '../../../contracts/actions.ts';
import { useT } from '../../app/i18n/index.tsx';
import { createRecord } from './api.ts';
import { emptyStandardItems, type RecordFormValues, type TargetValue } from './formValues.ts';
import { PendingFiles } from './PendingFiles.tsx';
import { RecordForm } from './RecordForm.tsx';
import { useRecordSaved } from './useRecordSaved.ts';

const id = z.coerce.number().int().positive();

/** /records/new?kind=&pairingId=&partyOrgId=&unitId=: a new record, prefilled from the to-do. */
export default function RecordNewPage() {
  const t = useT();
  const [params] = useSearchParams();
  const [files, setFiles] = useState<File[]>([]);
  const saved = useRecordSaved();
  const search = params.toString();
  const { defaults, draftKey, locked } = useMemo(() => {
    const p = new URLSearchParams(search);
    const kind = z.enum(ACTION_KINDS).safeParse(p.get('kind')).data ?? 'monthly_meeting';
    const pairingId = id.safeParse(p.get('pairingId')).data;
    const partyOrgId = id.safeParse(p.get('partyOrgId')).data;
    const unitId = id.safeParse(p.get('unitId')).data;
    const target: TargetValue = pairingId
      ? { type: 'pairing', id: pairingId }
      : partyOrgId
        ? { type: 'party_org', id: partyOrgId }
        : unitId
          ? { type: 'unit', id: unitId }
          : { type: 'pairing', id: null };
    const values: RecordFormValues = {
      kind,
      occurredAt: dayjs().second(0).millisecond(0),
      mode: 'on_site',
      target,
      title: '',
      attendees: [],
      content: null,
      outcomes: null,
      standardItems: emptyStandardItems(),
    };
    return {
      defaults: values,
      draftKey: `new:${kind}:${target.type}:${target.id ?? ''}`,
      locked: target.id !== null,
    };
  }, [search]);
  return (
    <PageContainer title={t('record.newTitle')}>
      <div style={{ maxWidth: 720 }}>
        <RecordForm
          key={draftKey}
          defaults={defaults}
          draftKey={draftKey}
          lockedTarget={locked}
          submit={createRecord}
          onSaved={(record) => saved(record, files)}
          extra={<PendingFiles files={files} onChange={setFiles} />}
        />
      </div>
    </PageContainer>
  );
}
