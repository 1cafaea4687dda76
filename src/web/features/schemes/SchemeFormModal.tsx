import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Radio, Select, Switch } from 'antd';
import { PARTY_ORG_KINDS } from '../../../contracts/registry-enums.ts';
import type { Scheme } from '../../../contracts/schemes.ts';
import { UNIT_KINDS } from '../../../contracts/units.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { useEnumOptions } from '../registry/enums.ts';
import { createScheme, schemeKeys, updateScheme } from './api.ts';

interface Values {
  code: string;
  name: string;
  description?: string | null;
  targetType: Scheme['targetType'];
  targetKinds: string[];
  blankOutletsOnly: boolean;
  active: boolean;
}

const FIELDS = ['code', 'name', 'description', 'targetType', 'targetKinds', 'blankOutletsOnly', 'active'];

/** 新建 / 编辑结对制度: its name, what it pairs with (unit kinds or party org kinds), active or not. */
export function SchemeFormModal({ scheme, onClose }: { scheme: Scheme | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const options = useEnumOptions();
  const [form] = Form.useForm<Values>();
  const targetType = Form.useWatch('targetType', form) ?? scheme?.targetType ?? 'unit';
  const kindOptions: { value: string; label: string }[] =
    targetType === 'unit'
      ? UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))
      : options('partyOrgKind', PARTY_ORG_KINDS);
  const required = [{ required: true, message: t('form.required') }];
  return (
    <FormModal<Values, Scheme>
      title={scheme ? t('scheme.editTitle', { name: scheme.name }) : t('scheme.create')}
      okText={scheme ? t('common.save') : t('common.create')}
      initialValues={
        scheme ? { ...scheme } : { targetType: 'unit', targetKinds: ['outlet'], blankOutletsOnly: false, active: true }
      }
      errors={{ fields: FIELDS, onStale: () => void qc.invalidateQueries({ queryKey: schemeKeys.all }) }}
      submit={(v) => {
        const common = {
          name: v.name,
          description: v.description?.trim() || null,
          targetKinds: v.targetKinds as never,
          blankOutletsOnly: v.blankOutletsOnly,
        };
        return scheme
          ? updateScheme(scheme.id, { ...common, active: v.active, version: scheme.version })
          : createScheme({ ...common, code: v.code, targetType: v.targetType });
      }}
      onDone={() => {
        void qc.invalidateQueries({ queryKey: schemeKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      {scheme ? null : (
        <Form.Item name="code" label={t('scheme.code')} rules={required} extra={t('scheme.codeRule')}>
          <Input maxLength={32} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('scheme.name')} rules={required}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="description" label={t('scheme.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
      <Form.Item name="targetType" label={t('scheme.targetType')} rules={required}>
        <Radio.Group
          disabled={!!scheme}
          onChange={() => form.setFieldValue('targetKinds', [])}
          options={[
            { value: 'unit', label: t('scheme.targetType.unit') },
            { value: 'party_org', label: t('scheme.targetType.party_org') },
          ]}
        />
      </Form.Item>
      <Form.Item name="targetKinds" label={t('scheme.targetKinds')} rules={required}>
        <Select mode="multiple" options={kindOptions} />
      </Form.Item>
      <Form.Item name="blankOutletsOnly" label={t('scheme.blankOutletsOnly')} valuePropName="checked">
        <Switch />
      </Form.Item>
      {scheme ? (
        <Form.Item name="active" label={t('scheme.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
