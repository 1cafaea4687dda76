import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Pairing, Scheme } from '../../../contracts/schemes.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { createPairing, pairingKeys } from './api.ts';
import { PairingFields } from './PairingFields.tsx';
import { TargetsSelect } from './TargetsSelect.tsx';

interface Values {
  schemeId: number;
  personId: number;
  targetId: number;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  note?: string;
}

const FIELDS = ['schemeId', 'personId', 'targetId', 'startsOn', 'endsOn', 'note'];
const mapField = (f: string) => (f === 'targetUnitId' || f === 'targetPartyOrgId' ? 'targetId' : f);

/** 新建结对: a person, a target of the scheme, from a date. */
export function PairingFormModal({ onClose, onDone }: { onClose: () => void; onDone: (p: Pairing) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const [scheme, setScheme] = useState<Scheme | undefined>();
  const required = [{ required: true, message: t('form.required') }];
  return (
    <FormModal<Values, Pairing>
      title={t('pairing.create')}
      okText={t('common.create')}
      initialValues={{ startsOn: dayjs() }}
      errors={{ fields: FIELDS, mapField }}
      submit={(v) =>
        createPairing({
          schemeId: v.schemeId,
          personId: v.personId,
          ...(scheme?.targetType === 'party_org' ? { targetPartyOrgId: v.targetId } : { targetUnitId: v.targetId }),
          startsOn: v.startsOn.format('YYYY-MM-DD'),
          endsOn: v.endsOn ? v.endsOn.format('YYYY-MM-DD') : null,
          note: v.note?.trim() || null,
        })
      }
      onDone={(p) => {
        void qc.invalidateQueries({ queryKey: pairingKeys.all });
        onDone(p);
      }}
      onClose={onClose}
    >
      <PairingFields
        onScheme={setScheme}
        targets={
          <Form.Item name="targetId" label={t('pairing.target')} rules={required}>
            <TargetsSelect scheme={scheme} />
          </Form.Item>
        }
        more={
          <Form.Item name="endsOn" label={t('pairing.endsOn')} extra={t('pairing.endsOnHint')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        }
      />
    </FormModal>
  );
}
