import { Alert, Checkbox, Form } from 'antd';
import type { SessionDetail } from '../../../contracts/training.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PersonPicker } from '../people/PersonPicker.tsx';
import { invite } from './api.ts';

interface Values {
  audience: boolean;
  personIds: number[];
}

/** 邀请学员: the session's audience as the registry has it today, and/or people picked by name or employee number. */
export function InviteModal({
  session,
  onClose,
  onDone,
}: {
  session: SessionDetail;
  onClose(): void;
  onDone(result: { added: number; already: number }): void;
}) {
  const t = useT();
  const custom = session.audience === 'custom';
  return (
    <FormModal<Values, { added: number; already: number }>
      title={t('trn.invite.title')}
      okText={t('trn.invite.submit')}
      width={560}
      initialValues={{ audience: !custom, personIds: [] }}
      submit={(v) => invite(session.id, { audience: !custom && v.audience, personIds: v.personIds ?? [] })}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['personIds'] }}
    >
      {custom ? (
        <Alert type="info" showIcon message={t('trn.invite.audienceCustom')} style={{ marginBottom: 16 }} />
      ) : (
        <Form.Item name="audience" valuePropName="checked">
          <Checkbox data-testid="invite-audience">
            {t('trn.invite.audience', {
              audience: t(`trn.audience.${session.audience}`),
              unit: session.audienceUnit.name,
            })}
          </Checkbox>
        </Form.Item>
      )}
      <Form.Item
        name="personIds"
        label={t('trn.invite.people')}
        dependencies={['audience']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v: number[] | undefined) =>
              (v?.length ?? 0) > 0 || (!custom && getFieldValue('audience') === true)
                ? Promise.resolve()
                : Promise.reject(new Error(t('trn.invite.nothing'))),
          }),
        ]}
      >
        <PersonPicker multiple />
      </Form.Item>
    </FormModal>
  );
}
