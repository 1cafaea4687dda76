import { useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  AUDIENCES,
  type Audience,
  PLACE_KINDS,
  type PlaceKind,
  type SessionDetail,
  TRAINING_METHODS,
  type TrainingMethod,
} from '../../../contracts/training.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { createSession, fetchPrograms, trainingKeys, updateSession } from './api.ts';

interface Values {
  unitId: number;
  programId?: number | null;
  title: string;
  method: TrainingMethod;
  placeKind: PlaceKind;
  placeName?: string | null;
  startsOn: Dayjs;
  endsOn: Dayjs;
  creditHours: number;
  centralized: boolean;
  audience: Audience;
  audienceUnitId?: number | null;
  description?: string | null;
}

const FIELDS = [
  'unitId',
  'programId',
  'title',
  'method',
  'placeKind',
  'placeName',
  'startsOn',
  'endsOn',
  'creditHours',
  'centralized',
  'audience',
  'audienceUnitId',
  'description',
] as const;

/** The programs of the start date's year (a session's program must be of its year). */
function ProgramSelect({
  value,
  onChange,
  id,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  id?: string;
}) {
  const t = useT();
  const startsOn = Form.useWatch<Dayjs | undefined>('startsOn');
  const year = startsOn ? startsOn.year() : dayjs().year();
  const programs = useQuery({ queryKey: trainingKeys.programs({ year }), queryFn: () => fetchPrograms({ year }) });
  return (
    <Select<number | null>
      id={id}
      allowClear
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      loading={programs.isPending}
      placeholder={t('trn.program.none')}
      options={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.title}（${p.unit.name}）` }))}
    />
  );
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');
const blank = (s: string | null | undefined) => (s?.trim() ? s : null);

/** 新建 / 编辑培训班次: what, how, where, when, how many hours, for whom. The organizing unit is fixed once created. */
export function SessionFormModal({
  session,
  unitId,
  programId,
  onClose,
  onDone,
}: {
  session?: SessionDetail;
  unitId?: number | undefined;
  programId?: number | undefined;
  onClose(): void;
  onDone(id: number): void;
}) {
  const t = useT();
  const required = { required: true, message: t('trn.form.required') };
  const submit = async (v: Values): Promise<number> => {
    const content = {
      programId: v.programId ?? null,
      title: v.title,
      method: v.method,
      placeKind: v.placeKind,
      placeName: blank(v.placeName),
      startsOn: iso(v.startsOn),
      endsOn: iso(v.endsOn),
      creditHours: v.creditHours,
      centralized: v.centralized,
      audience: v.audience,
      audienceUnitId: v.audienceUnitId ?? null,
      description: blank(v.description),
    };
    if (session) return (await updateSession(session.id, { ...content, version: session.version })).id;
    return (await createSession({ ...content, unitId: v.unitId })).id;
  };
  const today = dayjs();
  const initialValues: Partial<Values> = session
    ? {
        programId: session.program?.id ?? null,
        title: session.title,
        method: session.method,
        placeKind: session.placeKind,
        placeName: session.placeName,
        startsOn: dayjs(session.startsOn),
        endsOn: dayjs(session.endsOn),
        creditHours: session.creditHours,
        centralized: session.centralized,
        audience: session.audience,
        audienceUnitId: session.audienceUnit.id,
        description: session.description,
      }
    : {
        ...(unitId ? { unitId } : {}),
        programId: programId ?? null,
        method: 'lecture',
        placeKind: 'in_house',
        startsOn: today,
        endsOn: today,
        centralized: true,
        audience: 'all_secretaries',
      };
  return (
    <FormModal<Values, number>
      title={session ? t('trn.session.editTitle') : t('trn.list.new')}
      okText={t('common.save')}
      width={640}
      initialValues={initialValues}
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: FIELDS }}
    >
      {!session && (
        <Form.Item name="unitId" label={t('trn.form.unit')} rules={[required]}>
          <UnitTreeSelect allowClear={false} />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('trn.form.title')} rules={[{ ...required, whitespace: true }, { max: 200 }]}>
        <Input maxLength={200} data-testid="session-title" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="startsOn" label={t('trn.form.startsOn')} rules={[required]} style={{ flex: '1 1 160px' }}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('trn.form.endsOn')}
          dependencies={['startsOn']}
          style={{ flex: '1 1 160px' }}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | undefined) => {
                const s = getFieldValue('startsOn') as Dayjs | undefined;
                return v && s && v.isBefore(s, 'day')
                  ? Promise.reject(new Error(t('trn.form.endsBeforeStart')))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="programId" label={t('trn.form.program')} extra={t('trn.form.programHint')}>
        <ProgramSelect />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="method" label={t('trn.form.method')} rules={[required]} style={{ flex: '1 1 160px' }}>
          <Select options={TRAINING_METHODS.map((m) => ({ value: m, label: t(`trn.method.${m}`) }))} />
        </Form.Item>
        <Form.Item
          name="creditHours"
          label={t('trn.form.creditHours')}
          rules={[required]}
          style={{ flex: '1 1 120px' }}
        >
          <InputNumber
            min={0}
            max={999.9}
            step={0.5}
            precision={1}
            style={{ width: '100%' }}
            data-testid="session-hours"
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="placeKind" label={t('trn.form.placeKind')} rules={[required]} style={{ flex: '1 1 160px' }}>
          <Select options={PLACE_KINDS.map((p) => ({ value: p, label: t(`trn.place.${p}`) }))} />
        </Form.Item>
        <Form.Item
          name="placeName"
          label={t('trn.form.placeName')}
          rules={[{ max: 200 }]}
          style={{ flex: '2 1 200px' }}
        >
          <Input maxLength={200} placeholder={t('trn.form.placeNameHint')} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="centralized"
        label={t('trn.form.centralized')}
        valuePropName="checked"
        extra={t('trn.form.centralizedHint')}
      >
        <Switch />
      </Form.Item>
      <Form.Item name="audience" label={t('trn.form.audience')} rules={[required]}>
        <Select options={AUDIENCES.map((a) => ({ value: a, label: t(`trn.audience.${a}`) }))} />
      </Form.Item>
      <Form.Item name="audienceUnitId" label={t('trn.form.audienceUnit')} extra={t('trn.form.audienceUnitHint')}>
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item name="description" label={t('trn.form.description')} rules={[{ max: 4000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}
