import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Rule } from '../../../contracts/rules.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { retireRule, ruleKeys } from './api.ts';

/** 停用规定动作: it no longer applies after the date; earlier figures keep it. */
export function RetireRuleModal({ rule, onClose }: { rule: Rule; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  return (
    <FormModal<{ effectiveTo: Dayjs }, Rule>
      title={t('rule.retireTitle', { name: rule.name })}
      okText={t('rule.retire')}
      initialValues={{ effectiveTo: dayjs() }}
      errors={{ fields: ['effectiveTo'], onStale: () => void qc.invalidateQueries({ queryKey: ruleKeys.all }) }}
      submit={(v) => retireRule(rule.id, v.effectiveTo.format('YYYY-MM-DD'), rule.version)}
      onDone={() => {
        void qc.invalidateQueries({ queryKey: ruleKeys.all });
        onClose();
      }}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('rule.retireHint')}</Typography.Paragraph>
      <Form.Item
        name="effectiveTo"
        label={t('rule.effectiveTo')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
