import { DatePicker, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import type { Scheme } from '../../../contracts/schemes.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { SchemeSelect } from './SchemeSelect.tsx';

/**
 * The fields a new pairing asks (single or bulk): scheme, person, the target
 * field(s) given, start date, `more` (e.g. an end date), note.
 */
export function PairingFields({
  onScheme,
  targets,
  more,
}: {
  onScheme: (scheme: Scheme | undefined) => void;
  targets: ReactNode;
  more?: ReactNode;
}) {
  const t = useT();
  const required = [{ required: true, message: t('form.required') }];
  return (
    <>
      <Form.Item name="schemeId" label={t('pairing.scheme')} rules={required}>
        <SchemeSelect activeOnly onChange={(_, s) => onScheme(s)} />
      </Form.Item>
      <Form.Item name="personId" label={t('pairing.person')} rules={required}>
        <PersonSelect />
      </Form.Item>
      {targets}
      <Form.Item name="startsOn" label={t('pairing.startsOn')} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {more}
      <Form.Item name="note" label={t('pairing.note')}>
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
