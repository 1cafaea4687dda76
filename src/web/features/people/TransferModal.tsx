import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Descriptions, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Person, PersonDetail, TransferBody } from '../../../contracts/people.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PartyOrgSelect } from '../party-orgs/PartyOrgSelect.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { transferPerson } from './api.ts';

interface Values {
  toId?: number | null;
  /** For a party-org transfer: into an org of the enterprise, or out to a local org. */
  destination?: 'org' | 'outside';
  externalOrgName?: string;
  effectiveOn: Dayjs;
  note?: string;
}

/**
 * 调动 (to another unit) or 转移组织关系 (to another party org of the
 * enterprise, or out to a local org), with the date it takes effect; both are
 * kept in the person's history.
 */
export function TransferModal({
  person,
  kind,
  onClose,
}: {
  person: PersonDetail;
  kind: TransferBody['kind'];
  onClose: () => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const required = { required: true, message: t('form.required') };
  const submit = (v: Values) =>
    transferPerson(person.id, {
      kind,
      toId: kind === 'party_org' && v.destination === 'outside' ? null : (v.toId ?? null),
      effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
      externalOrgName: kind === 'party_org' && v.destination === 'outside' ? (v.externalOrgName ?? null) : null,
      note: v.note?.trim() || null,
      version: person.version,
    });
  return (
    <FormModal<Values, Person>
      title={t(kind === 'unit' ? 'transfer.unitTitle' : 'transfer.partyOrgTitle', { name: person.name })}
      okText={t('transfer.submit')}
      initialValues={{ effectiveOn: dayjs(), destination: 'org' }}
      submit={submit}
      onDone={() => {
        void qc.invalidateQueries({ queryKey: ['people'] });
        void qc.invalidateQueries({ queryKey: ['registry'] });
        void qc.invalidateQueries({ queryKey: ['party-orgs'] });
        void message.success(t('transfer.done'));
        onClose();
      }}
      onClose={onClose}
      errors={{ fields: ['toId', 'effectiveOn', 'externalOrgName', 'note'], onStale: onClose }}
    >
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('transfer.current')}>
          {kind === 'unit' ? person.unit.name : (person.partyOrg?.name ?? person.externalOrgName ?? '—')}
        </Descriptions.Item>
      </Descriptions>
      {kind === 'unit' ? (
        <Form.Item name="toId" label={t('transfer.toUnit')} rules={[required]}>
          <UnitTreeSelect disabledId={person.unit.id} allowClear={false} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="destination" label={t('transfer.destination')}>
            <Radio.Group
              options={[
                { value: 'org', label: t('transfer.toOrg') },
                { value: 'outside', label: t('transfer.toOutside') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.destination !== b.destination}>
            {({ getFieldValue }) =>
              getFieldValue('destination') === 'outside' ? (
                <Form.Item
                  name="externalOrgName"
                  label={t('person.externalOrgName')}
                  rules={[{ ...required, whitespace: true }]}
                >
                  <Input maxLength={64} />
                </Form.Item>
              ) : (
                <Form.Item name="toId" label={t('transfer.toPartyOrg')} rules={[required]}>
                  <PartyOrgSelect excludeId={person.partyOrg?.id} />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
      <Form.Item name="effectiveOn" label={t('transfer.effectiveOn')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('transfer.note')}>
        <Input.TextArea maxLength={200} rows={2} />
      </Form.Item>
    </FormModal>
  );
}
