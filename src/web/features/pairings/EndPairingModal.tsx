import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Pairing } from '../../../contracts/schemes.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { endPairing, pairingKeys } from './api.ts';

/** 结束结对: the pairing and its records stay as history. */
export function EndPairingModal({ pairing, onClose }: { pairing: Pairing; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  return (
    <FormModal<{ endsOn: Dayjs }, unknown>
      title={t('pairing.endTitle', { person: pairing.person.name, target: pairing.target.name })}
      okText={t('pairing.end')}
      initialValues={{ endsOn: dayjs() }}
      errors={{ fields: ['endsOn'], onStale: () => void qc.invalidateQueries({ queryKey: pairingKeys.all }) }}
      submit={(v) => endPairing(pairing.id, v.endsOn.format('YYYY-MM-DD'), pairing.version)}
      onDone={() => {
        void qc.invalidateQueries({ queryKey: pairingKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('pairing.endHint', { start: pairing.startsOn })}</Typography.Paragraph>
      <Form.Item name="endsOn" label={t('pairing.endsOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
