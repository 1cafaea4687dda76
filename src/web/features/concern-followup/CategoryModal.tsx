import { Form, Input, InputNumber, Radio, Switch } from 'antd';
import {
  type ConcernCategory,
  DEFAULT_SLA_DAYS,
  SLA_DAY_KINDS,
  type SlaDayKind,
} from '../../../contracts/concern-config.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useLang, useT } from '../../app/i18n/index.tsx';
import { createCategory, updateCategory } from './api.ts';

interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  slaDays: number;
  slaDayKind: SlaDayKind;
  active: boolean;
  sortOrder: number;
}

const FIELDS = ['code', 'nameZh', 'nameEn', 'slaDays', 'slaDayKind', 'active', 'sortOrder'];

/**
 * A category's names, SLA (days, counted on the calendar or on working days),
 * whether it can be chosen, and its place in lists. Editing sends the version
 * seen; a newer one on the server reloads the table instead.
 */
export function CategoryModal({
  category,
  nextOrder,
  onDone,
  onStale,
  onClose,
}: {
  /** Null to create one. */
  category: ConcernCategory | null;
  nextOrder: number;
  onDone: (c: ConcernCategory) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const required = { required: true, message: t('followUp.required') };
  const submit = ({ code, ...fields }: Values) =>
    category
      ? updateCategory(category.code, { ...fields, version: category.version })
      : createCategory({ code, ...fields });
  return (
    <FormModal<Values, ConcernCategory>
      title={
        category
          ? t('concernSettings.cat.edit', { name: lang === 'zh-CN' ? category.nameZh : category.nameEn })
          : t('concernSettings.cat.new')
      }
      okText={t('common.save')}
      initialValues={
        category ?? {
          slaDays: DEFAULT_SLA_DAYS,
          slaDayKind: 'calendar',
          active: true,
          sortOrder: nextOrder,
        }
      }
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: FIELDS, onStale }}
    >
      {category ? null : (
        <Form.Item
          name="code"
          label={t('concernSettings.cat.code')}
          extra={t('concernSettings.cat.codeHint')}
          rules={[required, { pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t('concernSettings.cat.codeHint') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="nameZh" label={t('concernSettings.cat.nameZh')} rules={[required, { max: 40 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="nameEn" label={t('concernSettings.cat.nameEn')} rules={[required, { max: 80 }]}>
        <Input />
      </Form.Item>
      <Form.Item label={t('concernSettings.cat.sla')} required style={{ marginBottom: 0 }}>
        <Form.Item name="slaDays" rules={[required]} style={{ display: 'inline-block', marginRight: 8 }}>
          <InputNumber min={1} max={365} precision={0} addonAfter={t('followUp.fig.days')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="slaDayKind" style={{ display: 'inline-block' }}>
          <Radio.Group
            optionType="button"
            options={SLA_DAY_KINDS.map((k) => ({ value: k, label: t(`concernSettings.cat.kind.${k}`) }))}
          />
        </Form.Item>
      </Form.Item>
      <Form.Item name="sortOrder" label={t('concernSettings.cat.order')} rules={[required]}>
        <InputNumber min={0} max={10000} precision={0} />
      </Form.Item>
      <Form.Item name="active" label={t('concernSettings.cat.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
