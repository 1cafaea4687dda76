import { useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Scheme } from '../../../contracts/schemes.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { bulkPair, pairingKeys } from './api.ts';
import { PairingFields } from './PairingFields.tsx';
import { TargetsSelect } from './TargetsSelect.tsx';

interface Values {
  schemeId: number;
  personId: number;
  targetIds: number[];
  startsOn: Dayjs;
  note?: string;
}

/** 批量分配: one person paired with several targets at once (all or none). */
export function BulkPairingModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [scheme, setScheme] = useState<Scheme | undefined>();
  return (
    <FormModal<Values, { created: number[] }>
      title={t('pairing.bulk')}
      okText={t('common.create')}
      initialValues={{ startsOn: dayjs(), targetIds: [] }}
      errors={{ fields: ['schemeId', 'personId', 'targetIds', 'startsOn', 'note'] }}
      submit={(v) =>
        bulkPair({
          schemeId: v.schemeId,
          personId: v.personId,
          targetIds: v.targetIds,
          startsOn: v.startsOn.format('YYYY-MM-DD'),
          note: v.note?.trim() || null,
        })
      }
      onDone={(r) => {
        void qc.invalidateQueries({ queryKey: pairingKeys.all });
        void message.success(t('pairing.bulkDone', { count: r.created.length }));
        onClose();
      }}
      onClose={onClose}
    >
      <PairingFields
        onScheme={setScheme}
        targets={
          <Form.Item
            name="targetIds"
            label={t('pairing.targets')}
            rules={[{ required: true, type: 'array', min: 1, message: t('form.required') }]}
          >
            <TargetsSelect scheme={scheme} multiple />
          </Form.Item>
        }
      />
    </FormModal>
  );
}
