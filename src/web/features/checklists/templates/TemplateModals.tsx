import { Checkbox, Form, Select } from 'antd';
import type { ChecklistTemplateDetail, ChecklistTemplateSummary } from '../../../../contracts/checklists.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { copyTemplate } from '../api.ts';
import { templateLabel } from '../TemplatePicker.tsx';
import type { NewTemplateState } from './newTemplate.ts';
import { UnitPicker } from './UnitPicker.tsx';
import { YearNameFields } from './YearNameFields.tsx';

/** Owner unit, year and name of a new template; the editor opens next. */
export function NewTemplateModal({
  preset,
  year,
  defaultName,
  onNext,
  onClose,
}: {
  preset: boolean;
  year: number;
  defaultName: string;
  onNext: (s: NewTemplateState) => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <FormModal<Omit<NewTemplateState, 'preset'>, Omit<NewTemplateState, 'preset'>>
      title={preset ? t('ckt.newFromPreset') : t('ckt.new')}
      okText={t('ckt.next')}
      initialValues={{ year, name: defaultName }}
      submit={async (v) => v}
      onDone={(v) => onNext({ ...v, preset })}
      onClose={onClose}
    >
      <Form.Item name="unitId" label={t('ckt.unit')} rules={[{ required: true, message: t('ckt.required') }]}>
        <UnitPicker />
      </Form.Item>
      <YearNameFields />
    </FormModal>
  );
}

interface CopyValues {
  sourceId: number;
  year: number;
  name: string;
  withAssignments: boolean;
}

/** 复制上年: a source template, the new year and name, and whether its assignments come along. */
export function CopyTemplateModal({
  templates,
  onDone,
  onClose,
}: {
  templates: ChecklistTemplateSummary[];
  onDone: (created: ChecklistTemplateDetail) => void;
  onClose: () => void;
}) {
  const t = useT();
  const newest = templates[0];
  const year = (newest?.year ?? new Date().getFullYear()) + 1;
  return (
    <FormModal<CopyValues, ChecklistTemplateDetail>
      title={t('ckt.copyTitle')}
      okText={t('ckt.copy')}
      initialValues={{
        ...(newest ? { sourceId: newest.id, name: newest.name.replace(String(newest.year), String(year)) } : {}),
        year,
        withAssignments: true,
      }}
      submit={({ sourceId, ...body }) => copyTemplate(sourceId, body)}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['year', 'name'] }}
    >
      <Form.Item name="sourceId" label={t('ckt.copySource')} rules={[{ required: true, message: t('ckt.required') }]}>
        <Select options={templates.map((x) => ({ value: x.id, label: templateLabel(x) }))} />
      </Form.Item>
      <YearNameFields />
      <Form.Item name="withAssignments" valuePropName="checked">
        <Checkbox>{t('ckt.withAssignments')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
