import { Form, Input, InputNumber, Select } from 'antd';
import { PROGRAM_KINDS, type Program, type ProgramKind } from '../../../contracts/training.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { createProgram, updateProgram } from './api.ts';

interface Values {
  unitId: number;
  year: number;
  title: string;
  organizer: string;
  kind: ProgramKind;
  description?: string | null;
}

const FIELDS = ['unitId', 'year', 'title', 'organizer', 'kind', 'description'] as const;

/** 新建 / 编辑培训项目: a program belongs to a unit and a year (fixed once created). */
export function ProgramFormModal({
  program,
  year,
  unitId,
  onClose,
  onDone,
}: {
  program?: Program;
  year: number;
  unitId?: number | undefined;
  onClose(): void;
  onDone(id: number): void;
}) {
  const t = useT();
  const required = [{ required: true, whitespace: true, message: t('trn.form.required') }];
  const submit = async (v: Values): Promise<number> => {
    const content = {
      title: v.title,
      organizer: v.organizer,
      kind: v.kind,
      description: v.description?.trim() ? v.description : null,
    };
    if (program) return (await updateProgram(program.id, { ...content, version: program.version })).id;
    return (await createProgram({ ...content, unitId: v.unitId, year: v.year })).id;
  };
  return (
    <FormModal<Values, number>
      title={program ? t('trn.program.edit') : t('trn.program.new')}
      okText={t('common.save')}
      width={560}
      initialValues={
        program ? { ...program, unitId: program.unit.id } : { year, kind: 'rotation', ...(unitId ? { unitId } : {}) }
      }
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: FIELDS }}
    >
      {!program && (
        <>
          <Form.Item
            name="unitId"
            label={t('trn.program.unit')}
            rules={[{ required: true, message: t('trn.form.required') }]}
          >
            <UnitTreeSelect allowClear={false} />
          </Form.Item>
          <Form.Item
            name="year"
            label={t('trn.program.year')}
            rules={[{ required: true, message: t('trn.form.required') }]}
          >
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </>
      )}
      <Form.Item name="title" label={t('trn.program.title')} rules={[...required, { max: 200 }]}>
        <Input maxLength={200} data-testid="program-title" />
      </Form.Item>
      <Form.Item name="organizer" label={t('trn.program.organizer')} rules={[...required, { max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('trn.program.kind')} rules={[{ required: true }]}>
        <Select options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`trn.programKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('trn.program.description')} rules={[{ max: 4000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}
