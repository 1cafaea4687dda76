import { useQueryClient } from '@tanstack/react-query';
import type { FormRule } from 'antd';
import { App, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { idNumberProblem } from '../../../contracts/id-number.ts';
import { type Person, type PersonDetail, PHONE_PATTERN } from '../../../contracts/people.ts';
import { type PersonFacts, personRuleProblems, todayInChina } from '../../../contracts/person-rules.ts';
import {
  CADRE_GRADES,
  type CadreGrade,
  EMPLOYMENT_STATUSES,
  type EmploymentStatus,
  GENDERS,
  type Gender,
  PARTY_RELATIONS,
  PARTY_STATUSES,
  type PartyRelation,
  type PartyStatus,
} from '../../../contracts/registry-enums.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useLang } from '../../app/i18n/index.tsx';
import { PartyOrgSelect } from '../party-orgs/PartyOrgSelect.tsx';
import { useEnumOptions } from '../registry/enums.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { createPerson, updatePerson } from './api.ts';

interface Values {
  employeeNo?: string;
  name: string;
  gender: Gender;
  unitId?: number | null;
  position?: string | null;
  cadreGrade: CadreGrade;
  employmentStatus: EmploymentStatus;
  hiredOn?: Dayjs | null;
  leftOn?: Dayjs | null;
  partyStatus: PartyStatus;
  joinedPartyOn?: Dayjs | null;
  fullMemberOn?: Dayjs | null;
  partyRelation?: PartyRelation | null;
  partyOrgId?: number | null;
  externalOrgName?: string | null;
  phone?: string;
  idNumber?: string;
  clearPhone?: boolean;
  clearIdNumber?: boolean;
}

export type PersonFormMode = { kind: 'create'; unitId?: number | undefined } | { kind: 'edit'; person: PersonDetail };

const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
const day = (s: string | null): Dayjs | null => (s ? dayjs(s) : null);

/** The values as the record will hold them: fields that do not apply are empty, as they are hidden. */
function normalize(v: Values, mode: PersonFormMode) {
  const member = v.partyStatus !== 'none';
  const relation = member ? (v.partyRelation ?? null) : null;
  return {
    name: v.name,
    gender: v.gender,
    position: v.position?.trim() || null,
    cadreGrade: v.cadreGrade,
    employmentStatus: v.employmentStatus,
    hiredOn: iso(v.hiredOn),
    leftOn: v.employmentStatus === 'active' ? null : iso(v.leftOn),
    partyStatus: v.partyStatus,
    joinedPartyOn: member ? iso(v.joinedPartyOn) : null,
    fullMemberOn: v.partyStatus === 'full' ? iso(v.fullMemberOn) : null,
    partyRelation: relation,
    externalOrgName: relation === 'outside' ? v.externalOrgName?.trim() || null : null,
    // A member who already has an org changes it by transfer; otherwise the form sets it.
    partyOrgId:
      mode.kind === 'edit' && mode.person.partyOrg
        ? mode.person.partyOrg.id
        : relation === 'inside'
          ? (v.partyOrgId ?? null)
          : null,
  };
}

const RULE_FIELDS = [
  'partyStatus',
  'partyRelation',
  'partyOrgId',
  'externalOrgName',
  'joinedPartyOn',
  'fullMemberOn',
  'employmentStatus',
  'hiredOn',
  'leftOn',
] as const;

/**
 * 新增人员 / 编辑: the contract's own rules check the form before it is sent
 * (party fields only for members, dates in order, ID number checksum…), and
 * whatever the server still refuses shows under its field. The unit and the
 * party org of an existing person change by transfer, not here.
 */
export function PersonFormModal({
  mode,
  onClose,
  onDone,
}: {
  mode: PersonFormMode;
  onClose: () => void;
  onDone: (saved: Person) => void;
}) {
  const { t, lang } = useLang();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const options = useEnumOptions();
  const editing = mode.kind === 'edit' ? mode.person : null;
  /** A person who has a party org keeps it in an edit (transfers change it): its rule speaks under the relation field. */
  const orgFixed = editing !== null && editing.partyOrg !== null;
  const fieldOf = (f: string) => (orgFixed && f === 'partyOrgId' ? 'partyRelation' : f);

  const ruleFor =
    (field: string): FormRule =>
    ({ getFieldsValue }) => ({
      validator: async () => {
        const v = normalize(getFieldsValue(true) as Values, mode);
        const facts: PersonFacts = { ...v, hasPartyOrg: v.partyOrgId !== null };
        const mine = personRuleProblems(facts, todayInChina()).filter((p) => fieldOf(p.field) === field);
        if (mine.length) throw new Error(mine.map((p) => p.message[lang]).join(t('common.listSeparator')));
      },
    });
  const dependent = (field: string) => RULE_FIELDS.filter((f) => f !== field);

  const initialValues: Partial<Values> = editing
    ? {
        name: editing.name,
        gender: editing.gender,
        position: editing.position,
        cadreGrade: editing.cadreGrade,
        employmentStatus: editing.employmentStatus,
        hiredOn: day(editing.hiredOn),
        leftOn: day(editing.leftOn),
        partyStatus: editing.partyStatus,
        joinedPartyOn: day(editing.joinedPartyOn),
        fullMemberOn: day(editing.fullMemberOn),
        partyRelation: editing.partyRelation,
        externalOrgName: editing.externalOrgName,
      }
    : {
        unitId: mode.kind === 'create' ? (mode.unitId ?? null) : null,
        gender: 'male',
        cadreGrade: 'staff',
        employmentStatus: 'active',
        partyStatus: 'none',
      };

  const submit = (v: Values) => {
    const { partyOrgId, ...fields } = normalize(v, mode);
    const phone = v.clearPhone ? null : v.phone?.trim() || undefined;
    const idNumber = v.clearIdNumber ? null : v.idNumber?.trim() || undefined;
    if (editing) {
      // Only a new org is sent; the server records it as a party-org transfer effective today.
      const orgChange = partyOrgId !== (editing.partyOrg?.id ?? null) ? { partyOrgId } : {};
      return updatePerson(editing.id, { ...fields, ...orgChange, phone, idNumber, version: editing.version });
    }
    return createPerson({
      ...fields,
      employeeNo: v.employeeNo?.trim() ?? '',
      unitId: v.unitId ?? 0,
      partyOrgId,
      phone: phone ?? null,
      idNumber: idNumber ?? null,
    });
  };

  const datePicker = <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />;
  const required = { required: true, message: t('form.required') };
  const half = { xs: 24, md: 12 };

  return (
    <FormModal<Values, Person>
      title={editing ? t('person.editTitle', { name: editing.name }) : t('person.create')}
      okText={editing ? t('common.save') : t('common.create')}
      width={780}
      initialValues={initialValues}
      submit={submit}
      onDone={(saved) => {
        void qc.invalidateQueries({ queryKey: ['people'] });
        void qc.invalidateQueries({ queryKey: ['registry'] });
        void qc.invalidateQueries({ queryKey: ['party-orgs'] });
        void message.success(t('common.saved'));
        onDone(saved);
      }}
      onClose={onClose}
      errors={{
        fields: [
          'employeeNo',
          'name',
          'gender',
          'unitId',
          'position',
          'cadreGrade',
          'employmentStatus',
          'hiredOn',
          'leftOn',
          'partyStatus',
          'joinedPartyOn',
          'fullMemberOn',
          'partyRelation',
          'partyOrgId',
          'externalOrgName',
          'phone',
          'idNumber',
        ],
        mapField: fieldOf,
        onStale: onClose,
      }}
    >
      <Row gutter={16}>
        {editing ? null : (
          <>
            <Col {...half}>
              <Form.Item
                name="employeeNo"
                label={t('person.employeeNo')}
                extra={t('person.employeeNoRule')}
                rules={[required, { pattern: /^[A-Za-z0-9-]{1,32}$/, message: t('person.employeeNoRule') }]}
              >
                <Input maxLength={32} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="unitId" label={t('person.unit')} rules={[required]}>
                <UnitTreeSelect allowClear={false} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col {...half}>
          <Form.Item name="name" label={t('person.name')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={32} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="gender" label={t('person.gender')} rules={[required]}>
            <Radio.Group options={options('gender', GENDERS)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="position" label={t('person.position')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="cadreGrade" label={t('person.cadreGrade')} rules={[required]}>
            <Select options={options('cadreGrade', CADRE_GRADES)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="employmentStatus" label={t('person.employmentStatus')} rules={[required]}>
            <Select options={options('employmentStatus', EMPLOYMENT_STATUSES)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="hiredOn"
            label={t('person.hiredOn')}
            dependencies={dependent('hiredOn')}
            rules={[ruleFor('hiredOn')]}
          >
            {datePicker}
          </Form.Item>
        </Col>
        <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.employmentStatus !== b.employmentStatus}>
          {({ getFieldValue }) =>
            getFieldValue('employmentStatus') === 'active' ? null : (
              <Col {...half}>
                <Form.Item
                  name="leftOn"
                  label={t('person.leftOn')}
                  dependencies={dependent('leftOn')}
                  rules={[ruleFor('leftOn')]}
                >
                  {datePicker}
                </Form.Item>
              </Col>
            )
          }
        </Form.Item>
        <Col xs={24}>
          <Form.Item name="partyStatus" label={t('person.partyStatus')} rules={[required]}>
            <Radio.Group options={options('partyStatus', PARTY_STATUSES)} />
          </Form.Item>
        </Col>
        <Form.Item
          noStyle
          shouldUpdate={(a: Values, b: Values) =>
            a.partyStatus !== b.partyStatus || a.partyRelation !== b.partyRelation
          }
        >
          {({ getFieldValue }) => {
            const status = getFieldValue('partyStatus') as PartyStatus;
            const relation = getFieldValue('partyRelation') as PartyRelation | null;
            if (status === 'none') return null;
            const relationLocked = orgFixed;
            return (
              <>
                <Col {...half}>
                  <Form.Item
                    name="joinedPartyOn"
                    label={t('person.joinedPartyOn')}
                    dependencies={dependent('joinedPartyOn')}
                    rules={[ruleFor('joinedPartyOn')]}
                  >
                    {datePicker}
                  </Form.Item>
                </Col>
                {status === 'full' ? (
                  <Col {...half}>
                    <Form.Item
                      name="fullMemberOn"
                      label={t('person.fullMemberOn')}
                      dependencies={dependent('fullMemberOn')}
                      rules={[ruleFor('fullMemberOn')]}
                    >
                      {datePicker}
                    </Form.Item>
                  </Col>
                ) : null}
                <Col {...half}>
                  <Form.Item
                    name="partyRelation"
                    label={t('person.partyRelation')}
                    dependencies={dependent('partyRelation')}
                    rules={[ruleFor('partyRelation')]}
                    extra={relationLocked ? t('person.relationByTransfer') : null}
                  >
                    <Radio.Group options={options('partyRelation', PARTY_RELATIONS)} disabled={relationLocked} />
                  </Form.Item>
                </Col>
                {!orgFixed && relation === 'inside' ? (
                  <Col {...half}>
                    <Form.Item
                      name="partyOrgId"
                      label={t('person.partyOrg')}
                      dependencies={dependent('partyOrgId')}
                      rules={[ruleFor('partyOrgId')]}
                    >
                      <PartyOrgSelectForUnit unitId={editing?.unit.id} />
                    </Form.Item>
                  </Col>
                ) : null}
                {relation === 'outside' ? (
                  <Col {...half}>
                    <Form.Item
                      name="externalOrgName"
                      label={t('person.externalOrgName')}
                      dependencies={dependent('externalOrgName')}
                      rules={[ruleFor('externalOrgName')]}
                    >
                      <Input maxLength={64} />
                    </Form.Item>
                  </Col>
                ) : null}
              </>
            );
          }}
        </Form.Item>
        <Col xs={24}>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
            {editing ? t('person.sensitiveEditHint') : t('person.sensitiveHint')}
          </Typography.Text>
        </Col>
        <Col {...half}>
          <Form.Item
            name="phone"
            label={t('person.phone')}
            rules={[{ pattern: PHONE_PATTERN, message: t('person.phoneRule') }]}
            extra={editing?.phone ? t('person.currentValue', { value: editing.phone }) : null}
          >
            <Input maxLength={16} autoComplete="off" inputMode="tel" />
          </Form.Item>
          {editing?.phone ? (
            <Form.Item name="clearPhone" valuePropName="checked" style={{ marginTop: -12 }}>
              <Checkbox>{t('person.clearPhone')}</Checkbox>
            </Form.Item>
          ) : null}
        </Col>
        <Col {...half}>
          <Form.Item
            name="idNumber"
            label={t('person.idNumber')}
            rules={[
              {
                validator: async (_r, v: string | undefined) => {
                  const problem = v?.trim() ? idNumberProblem(v) : null;
                  if (problem) throw new Error(t(`person.idProblem.${problem}`));
                },
              },
            ]}
            extra={editing?.idNumber ? t('person.currentValue', { value: editing.idNumber }) : null}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          {editing?.idNumber ? (
            <Form.Item name="clearIdNumber" valuePropName="checked" style={{ marginTop: -12 }}>
              <Checkbox>{t('person.clearIdNumber')}</Checkbox>
            </Form.Item>
          ) : null}
        </Col>
      </Row>
    </FormModal>
  );
}

/** The party org picker, offering the orgs of the chosen unit's subtree first. */
/** Party orgs near the person's unit: the one chosen in the form, or (editing) the person's own. */
function PartyOrgSelectForUnit({
  unitId: fixedUnitId,
  ...props
}: {
  unitId?: number | undefined;
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
}) {
  const chosen = Form.useWatch<number | null | undefined>('unitId');
  return <PartyOrgSelect {...props} unitId={fixedUnitId ?? chosen ?? null} />;
}
