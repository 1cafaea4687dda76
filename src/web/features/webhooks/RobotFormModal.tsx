import { Checkbox, Form, Input, Select, Switch } from 'antd';
import {
  WEBHOOK_KINDS,
  WEBHOOK_NOTIFICATION_KINDS,
  type Webhook,
  type WebhookKind,
  type WebhookNotificationKind,
} from '../../../contracts/webhooks.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { createWebhook, updateWebhook } from './api.ts';
import { secretChange } from './labels.ts';

interface Values {
  unitId: number;
  name: string;
  kind: WebhookKind;
  url?: string;
  secret?: string;
  clearSecret?: boolean;
  kinds: WebhookNotificationKind[];
  enabled: boolean;
}

const FIELDS = ['unitId', 'name', 'kind', 'url', 'secret', 'kinds', 'enabled'] as const;

/** 新建 / 编辑群机器人: the address is never shown back (masked), the secret never at all. */
export function RobotFormModal({
  robot,
  unitId,
  onClose,
  onDone,
}: {
  robot?: Webhook;
  unitId?: number | undefined;
  onClose(): void;
  onDone(): void;
}) {
  const t = useT();
  const submit = async (v: Values): Promise<unknown> => {
    const content = { name: v.name, kind: v.kind, kinds: v.kinds ?? [], enabled: v.enabled };
    const url = v.url?.trim();
    if (robot) {
      const secret = secretChange(v.kind, v.secret, Boolean(v.clearSecret), robot.hasSecret);
      return updateWebhook(robot.id, {
        ...content,
        ...(url ? { url } : {}),
        ...(secret === undefined ? {} : { secret }),
        version: robot.version,
      });
    }
    const secret = v.kind === 'dingtalk' ? v.secret?.trim() || null : null;
    return createWebhook({ ...content, unitId: v.unitId, url: url ?? '', secret });
  };
  return (
    <FormModal<Values, unknown>
      title={robot ? t('wh.edit') : t('wh.new')}
      okText={t('common.save')}
      width={560}
      initialValues={
        robot
          ? { name: robot.name, kind: robot.kind, kinds: robot.kinds, enabled: robot.enabled }
          : { kind: 'wecom', kinds: [], enabled: true, ...(unitId ? { unitId } : {}) }
      }
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: FIELDS }}
    >
      {!robot && (
        <Form.Item name="unitId" label={t('wh.unit')} rules={[{ required: true, message: t('wh.required') }]}>
          <UnitTreeSelect allowClear={false} />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('wh.name')}
        rules={[{ required: true, whitespace: true, message: t('wh.required') }, { max: 100 }]}
      >
        <Input maxLength={100} data-testid="robot-name" />
      </Form.Item>
      <Form.Item name="kind" label={t('wh.kind')} rules={[{ required: true }]}>
        <Select options={WEBHOOK_KINDS.map((k) => ({ value: k, label: t(`wh.kind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="url"
        label={t('wh.url')}
        extra={robot ? t('wh.urlKeep', { url: robot.url }) : t('wh.urlHint')}
        rules={
          robot ? [{ max: 2000 }] : [{ required: true, whitespace: true, message: t('wh.required') }, { max: 2000 }]
        }
      >
        <Input maxLength={2000} inputMode="url" autoComplete="off" data-testid="robot-url" />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) =>
          getFieldValue('kind') === 'dingtalk' && (
            <>
              <Form.Item name="secret" label={t('wh.secret')} extra={t('wh.secretHint')} rules={[{ max: 200 }]}>
                <Input.Password
                  maxLength={200}
                  autoComplete="new-password"
                  placeholder={robot?.hasSecret ? t('wh.secretKeep') : undefined}
                />
              </Form.Item>
              {robot?.hasSecret && (
                <Form.Item name="clearSecret" valuePropName="checked">
                  <Checkbox>{t('wh.secretClear')}</Checkbox>
                </Form.Item>
              )}
            </>
          )
        }
      </Form.Item>
      <Form.Item name="kinds" label={t('wh.kinds')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('wh.kindsAll')}
          options={WEBHOOK_NOTIFICATION_KINDS.map((k) => ({ value: k, label: t(`wh.nkind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="enabled" label={t('wh.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
