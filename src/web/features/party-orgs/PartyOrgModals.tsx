import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CommitteeSeat, PartyOrgDetail } from '../../../contracts/party-orgs.ts';
import {
  COMMITTEE_ROLES,
  type CommitteeRole,
  defaultTermEnd,
  PARTY_ORG_KINDS,
  type PartyOrgKind,
} from '../../../contracts/registry-enums.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { useEnumOptions } from '../registry/enums.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { appointToCommittee, createPartyOrg, endSeat, updatePartyOrg } from './api.ts';
import { PartyOrgSelect } from './PartyOrgSelect.tsx';

const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);
const day = (s: string | null): Dayjs | null => (s ? dayjs(s) : null);

interface OrgValues {
  code?: string;
  name: string;
  kind: PartyOrgKind;
  unitId: number;
  parentId?: number | null;
  termStart?: Dayjs | null;
  termEnd?: Dayjs | null;
  foundedOn?: Dayjs | null;
  dissolvedOn?: Dayjs | null;
}

function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['party-orgs'] });
    void qc.invalidateQueries({ queryKey: ['registry'] });
    void qc.invalidateQueries({ queryKey: ['people'] });
  };
}

/** The term end the server will fill in when it is left empty. */
function TermEndHint() {
  const t = useT();
  const kind = Form.useWatch<PartyOrgKind | undefined>('kind');
  const start = Form.useWatch<Dayjs | null | undefined>('termStart');
  const end = kind && start ? defaultTermEnd(kind, start.format('YYYY-MM-DD')) : null;
  return end ? t('partyOrg.termEndDefault', { date: end }) : t('partyOrg.termEndHint');
}

/** 新建党组织 / 编辑: attached to a unit, under a parent org, with its current term. */
export function PartyOrgFormModal({
  org,
  unitId,
  onClose,
  onDone,
}: {
  /** null: a new org. */
  org: PartyOrgDetail | null;
  unitId?: number | undefined;
  onClose: () => void;
  onDone: (saved: PartyOrgDetail) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const options = useEnumOptions();
  const refresh = useRefresh();
  const required = { required: true, message: t('form.required') };
  const half = { xs: 24, md: 12 };
  const submit = (v: OrgValues) => {
    const fields = {
      name: v.name,
      kind: v.kind,
      unitId: v.unitId,
      parentId: v.parentId ?? null,
      termStart: iso(v.termStart),
      // Empty: the server counts the kind's term from its start.
      termEnd: v.termEnd ? iso(v.termEnd) : undefined,
      foundedOn: iso(v.foundedOn),
      dissolvedOn: iso(v.dissolvedOn),
    };
    return org
      ? updatePartyOrg(org.id, { ...fields, version: org.version })
      : createPartyOrg({ ...fields, code: v.code?.trim() ?? '' });
  };
  return (
    <FormModal<OrgValues, PartyOrgDetail>
      title={org ? t('partyOrg.editTitle', { name: org.name }) : t('partyOrg.create')}
      okText={org ? t('common.save') : t('common.create')}
      width={720}
      initialValues={
        org
          ? {
              name: org.name,
              kind: org.kind,
              unitId: org.unit.id,
              parentId: org.parent?.id ?? null,
              termStart: day(org.termStart),
              termEnd: day(org.termEnd),
              foundedOn: day(org.foundedOn),
              dissolvedOn: day(org.dissolvedOn),
            }
          : { kind: 'branch', ...(unitId ? { unitId } : {}) }
      }
      submit={submit}
      onDone={(saved) => {
        refresh();
        void message.success(t('common.saved'));
        onDone(saved);
      }}
      onClose={onClose}
      errors={{
        fields: ['code', 'name', 'kind', 'unitId', 'parentId', 'termStart', 'termEnd', 'foundedOn', 'dissolvedOn'],
        onStale: onClose,
      }}
    >
      <Row gutter={16}>
        {org ? null : (
          <Col {...half}>
            <Form.Item
              name="code"
              label={t('partyOrg.code')}
              extra={t('unit.codeRule')}
              rules={[required, { pattern: /^[A-Za-z0-9_-]{1,32}$/, message: t('unit.codeRule') }]}
            >
              <Input maxLength={32} autoComplete="off" />
            </Form.Item>
          </Col>
        )}
        <Col {...half}>
          <Form.Item name="name" label={t('partyOrg.name')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="kind" label={t('partyOrg.kind')} rules={[required]}>
            <Select options={options('partyOrgKind', PARTY_ORG_KINDS)} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="unitId" label={t('partyOrg.unit')} rules={[required]}>
            <UnitTreeSelect allowClear={false} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="parentId" label={t('partyOrg.parent')}>
            <PartyOrgSelect excludeId={org?.id} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="termStart" label={t('partyOrg.termStart')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="termEnd" label={t('partyOrg.termEnd')} extra={<TermEndHint />}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="foundedOn" label={t('partyOrg.foundedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="dissolvedOn" label={t('partyOrg.dissolvedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}

/** 任命委员: a new secretary or deputy ends the sitting one's seat the same day. */
export function AppointModal({
  org,
  onClose,
  onStale,
}: {
  org: PartyOrgDetail;
  onClose: () => void;
  onStale: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const options = useEnumOptions();
  const refresh = useRefresh();
  const required = { required: true, message: t('form.required') };
  return (
    <FormModal<{ personId: number; role: CommitteeRole; startedOn: Dayjs }, PartyOrgDetail>
      title={t('committee.appointTitle', { name: org.name })}
      okText={t('committee.appoint')}
      initialValues={{ role: 'member', startedOn: dayjs() }}
      submit={(v) =>
        appointToCommittee(org.id, {
          personId: v.personId,
          role: v.role,
          startedOn: v.startedOn.format('YYYY-MM-DD'),
          version: org.version,
        })
      }
      onDone={() => {
        refresh();
        void message.success(t('committee.appointed'));
        onClose();
      }}
      onClose={onClose}
      errors={{ fields: ['personId', 'role', 'startedOn'], onStale }}
    >
      <Alert type="info" showIcon message={t('committee.appointHint')} style={{ marginBottom: 16 }} />
      <Form.Item name="personId" label={t('committee.person')} rules={[required]}>
        <PersonSelect membersOnly />
      </Form.Item>
      <Form.Item name="role" label={t('committee.role')} rules={[required]}>
        <Radio.Group options={options('committeeRole', COMMITTEE_ROLES)} />
      </Form.Item>
      <Form.Item name="startedOn" label={t('committee.startedOn')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

/** 离任: the seat ends on a date; it moves to the committee's history. */
export function EndSeatModal({
  org,
  seat,
  onClose,
  onStale,
}: {
  org: PartyOrgDetail;
  seat: CommitteeSeat;
  onClose: () => void;
  onStale: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const refresh = useRefresh();
  return (
    <FormModal<{ endedOn: Dayjs }, PartyOrgDetail>
      title={t('committee.endTitle', { name: seat.person.name })}
      okText={t('committee.end')}
      initialValues={{ endedOn: dayjs() }}
      submit={(v) => endSeat(org.id, seat.id, v.endedOn.format('YYYY-MM-DD'), org.version)}
      onDone={() => {
        refresh();
        void message.success(t('committee.ended'));
        onClose();
      }}
      onClose={onClose}
      errors={{ fields: ['endedOn'], onStale }}
    >
      <Typography.Paragraph type="secondary">{t('committee.endHint', { start: seat.startedOn })}</Typography.Paragraph>
      <Form.Item
        name="endedOn"
        label={t('committee.endedOn')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
