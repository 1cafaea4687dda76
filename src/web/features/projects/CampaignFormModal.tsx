import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Divider, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CAMPAIGN_KINDS,
  type CampaignDetail,
  type CampaignKind,
  MAX_CRITERIA,
  MAX_THEMES,
  ORG_CAMPAIGN_KINDS,
  type PROPOSER_KINDS,
} from '../../../contracts/projects.ts';
import { PARTY_ORG_KINDS } from '../../../contracts/registry-enums.ts';
import { UNIT_KINDS } from '../../../contracts/units.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { type Translate, useT } from '../../app/i18n/index.tsx';
import { UnitPicker } from '../checklists/templates/UnitPicker.tsx';
import { fetchPartyOrg, partyOrgKeys } from '../party-orgs/api.ts';
import { PartyOrgSelect } from '../party-orgs/PartyOrgSelect.tsx';
import { createCampaign, updateCampaign } from './api.ts';

type ProposerKind = (typeof PROPOSER_KINDS)[number];

interface CriterionValue {
  name?: string;
  weightPct?: number | null;
}

interface Values {
  kind: CampaignKind;
  year: number;
  name: string;
  description?: string | null;
  organizerOrgId?: number | null;
  eligibleUnitId?: number | null;
  proposerKinds: ProposerKind[];
  quotaPerProposer: number;
  quotaTotal?: number | null;
  themes: string[];
  proposalOpens?: Dayjs | null;
  proposalDue?: Dayjs | null;
  reviewDue?: Dayjs | null;
  implementationDue?: Dayjs | null;
  evaluationDue?: Dayjs | null;
  reviewCriteria: CriterionValue[];
  evaluationCriteria: CriterionValue[];
}

const DATES = ['proposalOpens', 'proposalDue', 'reviewDue', 'implementationDue', 'evaluationDue'] as const;

const FIELDS = [
  'kind',
  'year',
  'name',
  'description',
  'organizerOrgId',
  'eligibleUnitId',
  'proposerKinds',
  'quotaPerProposer',
  'quotaTotal',
  'themes',
  ...DATES,
  'reviewCriteria',
  'evaluationCriteria',
] as const;

/** The proposer kinds a campaign of this kind may name: party org kinds, or unit kinds for section brands. */
export function proposerKindOptions(t: Translate, kind: CampaignKind) {
  return ORG_CAMPAIGN_KINDS.includes(kind)
    ? PARTY_ORG_KINDS.map((k) => ({ value: k as ProposerKind, label: t(`prj.orgKind.${k}`) }))
    : UNIT_KINDS.map((k) => ({ value: k as ProposerKind, label: t(`unitKind.${k}`) }));
}

/** A proposer kind's label, party org kind or unit kind. */
export function proposerKindLabel(t: Translate, k: ProposerKind): string {
  return (PARTY_ORG_KINDS as readonly string[]).includes(k)
    ? t(`prj.orgKind.${k as (typeof PARTY_ORG_KINDS)[number]}`)
    : t(`unitKind.${k as (typeof UNIT_KINDS)[number]}`);
}

const DEFAULT_KINDS: Record<CampaignKind, ProposerKind[]> = {
  secretary_led: ['committee'],
  branch_led: ['branch', 'general_branch'],
  section_brand: ['section', 'department'],
};

const iso = (d: Dayjs | null | undefined) => d?.format('YYYY-MM-DD') ?? '';
const criteria = (list: CriterionValue[] | undefined) =>
  (list ?? []).map((c) => ({ name: c.name ?? '', weightPct: c.weightPct ?? 0 }));

/**
 * 新建 / 编辑领题活动: kind, year and organizer (fixed once created), the eligible
 * unit and proposer kinds, quotas, themes, the five phase dates and the review and
 * evaluation criteria, each stage's weights adding up to 100.
 */
export default function CampaignFormModal({
  campaign,
  onClose,
  onDone,
}: {
  /** Edit this campaign; without it a new one. */
  campaign?: CampaignDetail;
  onClose: () => void;
  onDone: (id: number) => void;
}) {
  const t = useT();
  const qc = useQueryClient();
  const year = new Date().getFullYear();
  const initialValues: Partial<Values> = campaign
    ? {
        kind: campaign.kind,
        year: campaign.year,
        name: campaign.name,
        description: campaign.description,
        organizerOrgId: campaign.organizer.id,
        eligibleUnitId: campaign.eligibleUnit.id,
        proposerKinds: campaign.proposerKinds,
        quotaPerProposer: campaign.quotaPerProposer,
        quotaTotal: campaign.quotaTotal,
        themes: campaign.themes,
        ...Object.fromEntries(DATES.map((k) => [k, dayjs(campaign[k])])),
        reviewCriteria: campaign.criteria
          .filter((c) => c.stage === 'review')
          .map((c) => ({ name: c.name, weightPct: c.weightPct })),
        evaluationCriteria: campaign.criteria
          .filter((c) => c.stage === 'evaluation')
          .map((c) => ({ name: c.name, weightPct: c.weightPct })),
      }
    : {
        kind: 'secretary_led',
        year,
        proposerKinds: DEFAULT_KINDS.secretary_led,
        quotaPerProposer: 1,
        quotaTotal: null,
        themes: [],
        reviewCriteria: [{ weightPct: 100 }],
        evaluationCriteria: [{ weightPct: 100 }],
      };
  const submit = (v: Values) => {
    const content = {
      name: v.name,
      description: v.description?.trim() ? v.description : null,
      eligibleUnitId: v.eligibleUnitId ?? 0,
      proposerKinds: v.proposerKinds,
      quotaPerProposer: v.quotaPerProposer,
      quotaTotal: v.quotaTotal ?? null,
      themes: v.themes ?? [],
      proposalOpens: iso(v.proposalOpens),
      proposalDue: iso(v.proposalDue),
      reviewDue: iso(v.reviewDue),
      implementationDue: iso(v.implementationDue),
      evaluationDue: iso(v.evaluationDue),
      reviewCriteria: criteria(v.reviewCriteria),
      evaluationCriteria: criteria(v.evaluationCriteria),
    };
    if (campaign) {
      return updateCampaign(campaign.id, { ...content, version: campaign.version }).then(() => campaign.id);
    }
    return createCampaign({
      kind: v.kind,
      year: v.year,
      organizerOrgId: v.organizerOrgId ?? 0,
      ...content,
    }).then((r) => r.id);
  };
  return (
    <FormModal<Values, number>
      title={campaign ? t('prj.form.editTitle') : t('prj.form.newTitle')}
      okText={campaign ? t('prj.form.save') : t('prj.form.create')}
      width={760}
      initialValues={initialValues}
      submit={submit}
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: FIELDS, mapField: (f) => f.split('.')[0]!, onStale: onClose }}
    >
      <CampaignFields
        editing={campaign !== undefined}
        organizerUnitId={campaign?.unit.id}
        onOrganizer={async (orgId, form) => {
          if (!orgId) return;
          const org = await qc.fetchQuery({
            queryKey: partyOrgKeys.detail(orgId),
            queryFn: () => fetchPartyOrg(orgId),
          });
          form.setFieldValue('eligibleUnitId', org.unit.id);
        }}
      />
    </FormModal>
  );
}

function CampaignFields({
  editing,
  organizerUnitId,
  onOrganizer,
}: {
  editing: boolean;
  organizerUnitId?: number;
  onOrganizer: (orgId: number | null, form: ReturnType<typeof Form.useFormInstance<Values>>) => Promise<void>;
}) {
  const t = useT();
  const form = Form.useFormInstance<Values>();
  const kind = (Form.useWatch('kind', form) ?? 'secretary_led') as CampaignKind;
  const eligible = Form.useWatch('eligibleUnitId', form) as number | null | undefined;
  const required = [{ required: true }];
  const half = { flex: '1 1 200px', minWidth: 0 };
  return (
    <>
      {editing && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('prj.form.fixedHint')}
        </Typography.Paragraph>
      )}
      <Flex gap={12} wrap>
        <Form.Item name="kind" label={t('prj.form.kind')} rules={required} style={half}>
          <Select
            disabled={editing}
            data-testid="campaign-kind"
            options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`prj.kind.${k}`) }))}
            onChange={(k: CampaignKind) => form.setFieldValue('proposerKinds', DEFAULT_KINDS[k])}
          />
        </Form.Item>
        <Form.Item name="year" label={t('prj.form.year')} rules={required} style={{ width: 120 }}>
          <InputNumber min={2000} max={2100} precision={0} disabled={editing} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="name" label={t('prj.form.name')} rules={required}>
        <Input maxLength={200} placeholder={t('prj.form.namePlaceholder')} data-testid="campaign-name" />
      </Form.Item>
      <Form.Item name="description" label={t('prj.form.description')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="organizerOrgId" label={t('prj.form.organizer')} rules={required} style={half}>
          {editing ? (
            <PartyOrgSelect style={{ pointerEvents: 'none' }} />
          ) : (
            <PartyOrgSelect onChange={(id) => void onOrganizer(id, form).catch(() => undefined)} />
          )}
        </Form.Item>
        <Form.Item
          name="eligibleUnitId"
          label={t('prj.form.eligibleUnit')}
          rules={required}
          extra={t('prj.form.eligibleUnitHint')}
          style={half}
        >
          <UnitPicker under={organizerUnitId ?? eligible ?? undefined} />
        </Form.Item>
      </Flex>
      <Form.Item name="proposerKinds" label={t('prj.form.proposerKinds')} rules={required}>
        <Select mode="multiple" options={proposerKindOptions(t, kind)} data-testid="campaign-proposer-kinds" />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="quotaPerProposer" label={t('prj.form.quotaPerProposer')} rules={required}>
          <InputNumber min={1} max={20} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="quotaTotal" label={t('prj.form.quotaTotal')} extra={t('prj.form.quotaTotalHint')}>
          <InputNumber min={1} max={1000} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="themes" label={t('prj.form.themes')} extra={t('prj.form.themesHint')}>
        <Select mode="tags" open={false} maxCount={MAX_THEMES} tokenSeparators={['，', ',']} />
      </Form.Item>
      <Divider orientation="left" plain>
        {t('prj.form.dates')}
      </Divider>
      <Flex gap={12} wrap>
        {DATES.map((k, i) => (
          <Form.Item
            key={k}
            name={k}
            label={t(`prj.form.${k}`)}
            dependencies={i > 0 ? [DATES[i - 1]!] : []}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: async (_, v: Dayjs | null) => {
                  const prev = i > 0 ? (getFieldValue(DATES[i - 1]!) as Dayjs | null) : null;
                  if (v && prev && v.isBefore(prev, 'day')) throw new Error(t('prj.form.datesOrder'));
                },
              }),
            ]}
            style={{ flex: '1 1 130px', minWidth: 130 }}
          >
            <DatePicker style={{ width: '100%' }} data-testid={`campaign-${k}`} />
          </Form.Item>
        ))}
      </Flex>
      <CriteriaField name="reviewCriteria" label={t('prj.form.reviewCriteria')} />
      <CriteriaField name="evaluationCriteria" label={t('prj.form.evaluationCriteria')} />
    </>
  );
}

/** A stage's criteria: name and weight per row, the weights' sum shown (and required to be 100). */
function CriteriaField({ name, label }: { name: 'reviewCriteria' | 'evaluationCriteria'; label: string }) {
  const t = useT();
  const form = Form.useFormInstance<Values>();
  const list = (Form.useWatch(name, form) ?? []) as CriterionValue[];
  const sum = list.reduce((s, c) => s + (c?.weightPct ?? 0), 0);
  return (
    <Form.List
      name={name}
      rules={[
        {
          validator: async (_, v: CriterionValue[] | undefined) => {
            const total = (v ?? []).reduce((s, c) => s + (c?.weightPct ?? 0), 0);
            if (total !== 100) throw new Error(t('prj.form.weightSumBad', { sum: total }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={label} required>
          <Flex vertical gap={8} data-testid={`campaign-${name}`}>
            {fields.map((f) => (
              <Flex key={f.key} gap={6} align="start">
                <Form.Item name={[f.name, 'name']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('prj.form.criterionName')} maxLength={100} style={{ flex: 1, minWidth: 0 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'weightPct']} rules={[{ required: true }]} noStyle>
                  <InputNumber
                    min={1}
                    max={100}
                    precision={0}
                    placeholder={t('prj.form.weight')}
                    addonAfter="%"
                    style={{ width: 110 }}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  type="text"
                  aria-label={t('prj.form.removeCriterion')}
                  disabled={fields.length <= 1}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Button
                icon={<PlusOutlined />}
                type="dashed"
                onClick={() => add({})}
                disabled={fields.length >= MAX_CRITERIA}
              >
                {t('prj.form.addCriterion')}
              </Button>
              <Typography.Text type={sum === 100 ? 'success' : 'danger'} data-testid={`${name}-sum`}>
                {t('prj.form.weightSum', { sum })}
              </Typography.Text>
            </Flex>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
