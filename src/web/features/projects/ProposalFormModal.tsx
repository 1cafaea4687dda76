import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import type { ProjectDetail } from '../../../contracts/project-work.ts';
import {
  type CampaignDetail,
  ORG_CAMPAIGN_KINDS,
  PROBLEM_KINDS,
  type ProblemKind,
  type Proposer,
} from '../../../contracts/projects.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { PersonPicker } from '../people/PersonPicker.tsx';
import { createProposal, fetchProposers, projectKeys, submitProposal, updateProposal } from './api.ts';

interface TargetValue {
  name?: string;
  unit?: string;
  baseline?: number | null;
  targetValue?: number | null;
}

interface Values {
  proposer?: string;
  title: string;
  theme?: string | null;
  problemKind: ProblemKind;
  problem: string;
  goals: string;
  plan: string;
  resources?: string | null;
  leaderPersonId?: number | null;
  memberPersonIds?: number[];
  targets: TargetValue[];
}

/** The API fields shown under their form fields. */
const FIELDS = [
  'title',
  'theme',
  'problemKind',
  'problem',
  'goals',
  'plan',
  'resources',
  'leaderPersonId',
  'memberPersonIds',
  'targets',
  'proposer',
] as const;

const proposerKey = (p: Proposer) => `${p.partyOrg?.id ?? ''}:${p.unit.id}`;
const proposerLabel = (p: Proposer) => p.partyOrg?.name ?? p.unit.name;

/**
 * 项目申报: a new proposal (保存草稿 / 提交申报) or a draft or returned one
 * edited (保存 / 重新提交). For secretary-led and branch-led campaigns the leader
 * is pre-filled with the proposing org's current secretary.
 */
export default function ProposalFormModal({
  open,
  onClose,
  campaign,
  project,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  campaign: CampaignDetail;
  /** Edit a draft or returned proposal. */
  project?: ProjectDetail;
  onSaved: (id: number) => void;
}) {
  const t = useT();
  const compact = useCompact();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const orgKind = ORG_CAMPAIGN_KINDS.includes(campaign.kind);
  const editing = project !== undefined;
  const proposers = useQuery({
    queryKey: projectKeys.proposers(campaign.id),
    queryFn: () => fetchProposers(campaign.id),
    enabled: open && !editing,
  });
  const secretaries = (proposers.data ?? []).flatMap((p) => (p.secretary ? [p.secretary] : []));
  const known = project ? [project.leader, ...project.members] : secretaries;

  const body = (v: Values) => ({
    title: v.title,
    theme: v.theme ?? null,
    problemKind: v.problemKind,
    problem: v.problem,
    goals: v.goals,
    plan: v.plan,
    resources: v.resources?.trim() ? v.resources : null,
    leaderPersonId: v.leaderPersonId ?? 0,
    memberPersonIds: v.memberPersonIds ?? [],
    targets: (v.targets ?? []).map((x) => ({
      name: x.name ?? '',
      unit: x.unit ?? '',
      baseline: x.baseline ?? null,
      targetValue: x.targetValue ?? 0,
    })),
  });

  const save = useMutation({
    mutationFn: async ({ v, submit }: { v: Values; submit: boolean }): Promise<number> => {
      if (!project) {
        const p = (proposers.data ?? []).find((x) => proposerKey(x) === v.proposer);
        const created = await createProposal(campaign.id, {
          // An org proposes by its party org, a section brand by its unit: the other stays empty.
          partyOrgId: orgKind ? (p?.partyOrg?.id ?? null) : null,
          unitId: orgKind ? null : (p?.unit.id ?? null),
          ...body(v),
          submit,
        });
        return created.id;
      }
      const saved = await updateProposal(project.id, { ...body(v), version: project.version });
      if (submit) {
        // The edit moved the version on: submit with the one the server now holds.
        await submitProposal(project.id, saved.version);
      }
      return project.id;
    },
    onSuccess: (id, { submit }) => {
      void message.success(t(submit ? 'prj.proposal.submitted' : 'prj.proposalSaved'));
      onSaved(id);
    },
    onError: (err) =>
      onError(err, {
        form,
        fields: FIELDS,
        mapField: (f) => (f === 'partyOrgId' || f === 'unitId' ? 'proposer' : f.split('.')[0]!),
        onStale: onClose,
      }),
  });

  const run = (submit: boolean) =>
    void form
      .validateFields()
      .then((v) => save.mutate({ v, submit }))
      .catch(() => undefined);

  const initialValues: Partial<Values> = project
    ? {
        title: project.title,
        theme: project.theme,
        problemKind: project.problemKind,
        problem: project.problem,
        goals: project.goals,
        plan: project.plan,
        resources: project.resources,
        leaderPersonId: project.leader.id,
        memberPersonIds: project.members.map((m) => m.id),
        targets: project.targets.map((x) => ({
          name: x.name,
          unit: x.unit,
          baseline: x.baseline,
          targetValue: x.targetValue,
        })),
      }
    : { problemKind: 'party_building', memberPersonIds: [], targets: [{}] };

  const onProposer = (key: string) => {
    const p = (proposers.data ?? []).find((x) => proposerKey(x) === key);
    if (orgKind && p?.secretary) form.setFieldValue('leaderPersonId', p.secretary.id);
  };

  const busy = save.isPending;
  const footer = (
    <Flex gap={8} justify="flex-end" wrap>
      <Button onClick={onClose}>{t('prj.proposal.cancel')}</Button>
      <Button onClick={() => run(false)} loading={busy} data-testid="proposal-save">
        {editing ? t('prj.proposal.save') : t('prj.proposal.saveDraft')}
      </Button>
      <Button type="primary" onClick={() => run(true)} loading={busy} data-testid="proposal-submit">
        {project?.status === 'returned' ? t('prj.proposal.resubmit') : t('prj.proposal.submit')}
      </Button>
    </Flex>
  );
  const required = [{ required: true }];
  return (
    <Modal
      open={open}
      title={editing ? t('prj.proposal.editTitle') : t('prj.proposal.newTitle')}
      onCancel={onClose}
      footer={footer}
      maskClosable={false}
      width={compact ? '100%' : 760}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        preserve={false}
        data-testid="proposal-form"
      >
        {project?.status === 'returned' && project.decisionReason && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('prj.proposal.returnedReason', { reason: project.decisionReason })}
          />
        )}
        {editing ? (
          <Form.Item label={t('prj.proposal.proposer')}>
            <Typography.Text>{proposerLabel(project.proposer)}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="proposer"
            label={t('prj.proposal.proposer')}
            rules={required}
            extra={proposers.data && proposers.data.length === 0 ? t('prj.proposal.noProposers') : undefined}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={proposers.isLoading}
              placeholder={t('prj.proposal.proposerPlaceholder')}
              onChange={onProposer}
              data-testid="proposal-proposer"
              options={(proposers.data ?? []).map((p) => ({
                value: proposerKey(p),
                label: proposerLabel(p),
                title: p.partyOrg ? `${p.partyOrg.name} · ${p.unit.name}` : p.unit.name,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('prj.proposal.title')} rules={required}>
          <Input maxLength={200} data-testid="proposal-title" />
        </Form.Item>
        <Flex gap={12} wrap>
          {campaign.themes.length > 0 && (
            <Form.Item name="theme" label={t('prj.proposal.theme')} rules={required} style={{ flex: '1 1 220px' }}>
              <Select
                allowClear
                data-testid="proposal-theme"
                options={campaign.themes.map((x) => ({ value: x, label: x }))}
              />
            </Form.Item>
          )}
          <Form.Item name="problemKind" label={t('prj.proposal.problemKind')} rules={required}>
            <Radio.Group
              options={PROBLEM_KINDS.map((k) => ({ value: k, label: t(`prj.problemKind.${k}`) }))}
              optionType="button"
            />
          </Form.Item>
        </Flex>
        <Form.Item name="problem" label={t('prj.proposal.problem')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid="proposal-problem" />
        </Form.Item>
        <Form.Item name="goals" label={t('prj.proposal.goals')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} data-testid="proposal-goals" />
        </Form.Item>
        <Form.Item name="plan" label={t('prj.proposal.plan')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={8000} data-testid="proposal-plan" />
        </Form.Item>
        <Form.Item name="resources" label={t('prj.proposal.resources')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="leaderPersonId"
          label={t('prj.proposal.leader')}
          rules={required}
          extra={orgKind ? t('prj.proposal.leaderHint') : t('prj.proposal.leaderHintUnit')}
        >
          <PersonPicker known={known} />
        </Form.Item>
        <Form.Item name="memberPersonIds" label={t('prj.proposal.members')}>
          <PersonPicker multiple known={known} />
        </Form.Item>
        <TargetsField />
      </Form>
    </Modal>
  );
}

/** 量化指标: name, unit, baseline and target, one row each (at least one). */
function TargetsField() {
  const t = useT();
  return (
    <Form.List
      name="targets"
      rules={[
        {
          validator: async (_, v: unknown[] | undefined) => {
            if (!v || v.length === 0) throw new Error(t('prj.proposal.targetsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('prj.proposal.targets')} required>
          <Flex vertical gap={8} data-testid="proposal-targets">
            {fields.map((f) => (
              <Flex key={f.key} gap={6} wrap align="start">
                <Form.Item name={[f.name, 'name']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('prj.proposal.targetName')} style={{ flex: '2 1 160px', minWidth: 0 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'unit']} rules={[{ required: true }]} noStyle>
                  <Input placeholder={t('prj.proposal.targetUnit')} maxLength={20} style={{ width: 72 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'baseline']} noStyle>
                  <InputNumber placeholder={t('prj.proposal.baseline')} style={{ width: 96 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'targetValue']} rules={[{ required: true }]} noStyle>
                  <InputNumber placeholder={t('prj.proposal.targetValue')} style={{ width: 96 }} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  type="text"
                  aria-label={t('prj.proposal.removeTarget')}
                  disabled={fields.length <= 1}
                  onClick={() => remove(f.name)}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} type="dashed" onClick={() => add({})} disabled={fields.length >= 12}>
              {t('prj.proposal.addTarget')}
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  );
}
