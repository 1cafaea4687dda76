import { Alert, Flex, Form, Input, Radio, Typography } from 'antd';
import { type CampaignDetail, DECISIONS, type Decision, type ProjectListItem } from '../../../contracts/projects.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PersonPicker } from '../people/PersonPicker.tsx';
import { decideProposal } from './api.ts';

interface Values {
  decision: Decision;
  reason?: string | null;
  guidePersonId?: number | null;
}

/**
 * 立项审批: approve (with an optional guiding leader), return for changes or
 * reject (both with a reason), the proposer's and the campaign's quota in view.
 */
export default function DecisionModal({
  campaign,
  project,
  approvedByProposer,
  onClose,
  onDone,
  onStale,
}: {
  campaign: CampaignDetail;
  project: ProjectListItem;
  /** How many projects of this proposer are approved already. */
  approvedByProposer: number;
  onClose: () => void;
  onDone: () => void;
  onStale: () => void;
}) {
  const t = useT();
  const overQuota = approvedByProposer >= campaign.quotaPerProposer;
  const overTotal = campaign.quotaTotal !== null && campaign.counts.approved >= campaign.quotaTotal;
  return (
    <FormModal<Values, unknown>
      title={t('prj.decision.title', { title: project.title })}
      okText={t('prj.decision.ok')}
      initialValues={{
        decision: overQuota || overTotal ? 'return' : 'approve',
        guidePersonId: project.guide?.id ?? null,
      }}
      submit={(v) =>
        decideProposal(project.id, {
          decision: v.decision,
          reason: v.reason?.trim() ? v.reason : null,
          guidePersonId: v.decision === 'approve' ? (v.guidePersonId ?? null) : null,
          version: project.version,
        })
      }
      onDone={onDone}
      onClose={onClose}
      errors={{ fields: ['decision', 'reason', 'guidePersonId'], onStale }}
    >
      <Flex vertical gap={4} style={{ marginBottom: 12 }} data-testid="decision-quota">
        <Typography.Text type={overQuota ? 'danger' : 'secondary'}>
          {t('prj.decision.quota', { used: approvedByProposer, quota: campaign.quotaPerProposer })}
        </Typography.Text>
        <Typography.Text type={overTotal ? 'danger' : 'secondary'}>
          {campaign.quotaTotal === null
            ? t('prj.decision.quotaTotalNone', { used: campaign.counts.approved })
            : t('prj.decision.quotaTotal', { used: campaign.counts.approved, quota: campaign.quotaTotal })}
        </Typography.Text>
      </Flex>
      <Form.Item name="decision" label={t('prj.decision.decision')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          data-testid="decision-choice"
          options={DECISIONS.map((d) => ({ value: d, label: t(`prj.decision.${d}`) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['decision']}>
        {({ getFieldValue }) => {
          const decision = getFieldValue('decision') as Decision;
          return decision === 'approve' ? (
            <>
              {(overQuota || overTotal) && (
                <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('prj.decision.overQuota')} />
              )}
              <Form.Item name="guidePersonId" label={t('prj.decision.guide')}>
                <PersonPicker known={project.guide ? [project.guide] : []} />
              </Form.Item>
            </>
          ) : (
            <Form.Item
              name="reason"
              label={t('prj.decision.reason')}
              rules={[{ required: true, whitespace: true, message: t('prj.decision.reasonRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="decision-reason" />
            </Form.Item>
          );
        }}
      </Form.Item>
    </FormModal>
  );
}
