import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ACTION_KINDS, RULE_PERIODS, RULE_SUBJECTS } from '../../../contracts/actions.ts';
import { PARTY_ORG_KINDS } from '../../../contracts/registry-enums.ts';
import type { Rule } from '../../../contracts/rules.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { SchemeSelect } from '../pairings/SchemeSelect.tsx';
import { useActionOptions } from '../records/labels.ts';
import { useEnumOptions } from '../registry/enums.ts';
import { createRule, reviseRule, ruleKeys } from './api.ts';

interface Values {
  code: string;
  schemeId?: number | null;
  partyOrgKind?: Rule['partyOrgKind'];
  name: string;
  subject: Rule['subject'];
  actionKind: Rule['actionKind'];
  period: Rule['period'];
  minCount: number;
  onSiteOnly: boolean;
  requireStandardItems: boolean;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
}

const FIELDS = [
  'code',
  'schemeId',
  'partyOrgKind',
  'name',
  'subject',
  'actionKind',
  'period',
  'minCount',
  'onSiteOnly',
  'requireStandardItems',
  'effectiveFrom',
  'effectiveTo',
];

/**
 * 新建规定动作, or 修订 one from a date: the current version ends the day before,
 * so earlier periods keep the rule they were judged by.
 */
export function RuleFormModal({ revising, onClose }: { revising: Rule | null; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const options = useActionOptions();
  const enumOptions = useEnumOptions();
  const required = [{ required: true, message: t('form.required') }];
  const initial: Partial<Values> = revising
    ? { ...revising, effectiveFrom: dayjs().add(1, 'day'), effectiveTo: null }
    : {
        subject: 'pairing',
        actionKind: 'monthly_meeting',
        period: 'quarter',
        minCount: 1,
        onSiteOnly: false,
        requireStandardItems: false,
        effectiveFrom: dayjs().startOf('month'),
      };
  return (
    <FormModal<Values, Rule>
      title={revising ? t('rule.reviseTitle', { name: revising.name }) : t('rule.create')}
      okText={revising ? t('rule.revise') : t('common.create')}
      width={560}
      initialValues={initial}
      errors={{ fields: FIELDS, onStale: () => void qc.invalidateQueries({ queryKey: ruleKeys.all }) }}
      submit={(v) => {
        const fields = {
          name: v.name,
          subject: v.subject,
          actionKind: v.actionKind,
          period: v.period,
          minCount: v.minCount,
          onSiteOnly: v.onSiteOnly,
          requireStandardItems: v.requireStandardItems,
          effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
        };
        return revising
          ? reviseRule(revising.id, { ...fields, version: revising.version })
          : createRule({
              ...fields,
              code: v.code,
              schemeId: v.schemeId ?? null,
              partyOrgKind: v.schemeId ? null : (v.partyOrgKind ?? null),
              effectiveTo: v.effectiveTo ? v.effectiveTo.format('YYYY-MM-DD') : null,
            });
      }}
      onDone={() => {
        void qc.invalidateQueries({ queryKey: ruleKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      {revising ? (
        <Typography.Paragraph type="secondary">
          {t('rule.reviseHint', { code: revising.code, from: revising.effectiveFrom })}
        </Typography.Paragraph>
      ) : (
        <>
          <Form.Item name="code" label={t('rule.code')} rules={required} extra={t('rule.codeRule')}>
            <Input maxLength={48} />
          </Form.Item>
          <Form.Item name="schemeId" label={t('rule.scheme')} extra={t('rule.schemeHint')}>
            <SchemeSelect allowClear />
          </Form.Item>
          <Form.Item name="partyOrgKind" label={t('rule.partyOrgKind')}>
            <Select allowClear options={enumOptions('partyOrgKind', PARTY_ORG_KINDS)} />
          </Form.Item>
        </>
      )}
      <Form.Item name="name" label={t('rule.name')} rules={required}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="subject" label={t('rule.subject')} rules={required}>
        <Select options={options('ruleSubject', RULE_SUBJECTS)} />
      </Form.Item>
      <Form.Item name="actionKind" label={t('rule.actionKind')} rules={required}>
        <Select options={options('actionKind', ACTION_KINDS)} />
      </Form.Item>
      <Form.Item name="period" label={t('rule.period')} rules={required}>
        <Select options={options('rulePeriod', RULE_PERIODS)} />
      </Form.Item>
      <Form.Item name="minCount" label={t('rule.minCount')} rules={required}>
        <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="onSiteOnly" label={t('rule.onSiteOnly')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="requireStandardItems" label={t('rule.requireStandardItems')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('rule.effectiveFrom')} rules={required}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {revising ? null : (
        <Form.Item name="effectiveTo" label={t('rule.effectiveTo')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
    </FormModal>
  );
}
