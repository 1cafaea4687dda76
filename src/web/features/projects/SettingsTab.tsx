import { Flex, Table, Tag, Typography } from 'antd';
import type { CampaignDetail, ScoreStage } from '../../../contracts/projects.ts';
import { Facts } from '../../app/Facts.tsx';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { proposerKindLabel } from './CampaignFormModal.tsx';

/** 活动设置: what the organizer set — scope, proposer kinds, quotas, themes, dates and the criteria. */
export function SettingsTab({ campaign: c }: { campaign: CampaignDetail }) {
  const t = useT();
  const none = <Typography.Text type="secondary">{t('prj.settings.none')}</Typography.Text>;
  const criteria = (stage: ScoreStage) => (
    <div key={stage}>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('prj.settings.criteria', { stage: t(`prj.stage.${stage}`) })}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={c.criteria.filter((x) => x.stage === stage).sort((a, b) => a.ordinal - b.ordinal)}
        columns={[
          { title: t('prj.form.criterionName'), dataIndex: 'name' },
          { title: t('prj.form.weight'), dataIndex: 'weightPct', align: 'right', width: 90 },
        ]}
      />
    </div>
  );
  return (
    <Flex vertical gap={12} data-testid="campaign-settings">
      <Facts
        items={[
          {
            key: 'description',
            label: t('prj.settings.description'),
            span: 'filled',
            children: c.description ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {c.description}
              </Typography.Paragraph>
            ) : (
              none
            ),
          },
          { key: 'organizer', label: t('prj.form.organizer'), children: c.organizer.name },
          { key: 'eligible', label: t('prj.settings.eligibleUnit'), children: c.eligibleUnit.name },
          {
            key: 'kinds',
            label: t('prj.settings.proposerKinds'),
            children: c.proposerKinds.map((k) => <Tag key={k}>{proposerKindLabel(t, k)}</Tag>),
          },
          { key: 'quota', label: t('prj.settings.quotaPerProposer'), children: c.quotaPerProposer },
          {
            key: 'quotaTotal',
            label: t('prj.settings.quotaTotal'),
            children: c.quotaTotal ?? t('prj.settings.unlimited'),
          },
          {
            key: 'themes',
            label: t('prj.settings.themes'),
            children: c.themes.length ? c.themes.map((x) => <Tag key={x}>{x}</Tag>) : none,
          },
          {
            key: 'dates',
            label: t('prj.settings.dates'),
            span: 'filled',
            children: (
              <Flex vertical gap={2}>
                {(
                  [
                    ['proposal', `${formatDate(c.proposalOpens)} – ${formatDate(c.proposalDue)}`],
                    ['review', formatDate(c.reviewDue)],
                    ['implementation', formatDate(c.implementationDue)],
                    ['evaluation', formatDate(c.evaluationDue)],
                  ] as const
                ).map(([phase, dates]) => (
                  <span key={phase}>{t('prj.settings.phaseDates', { phase: t(`prj.phase.${phase}`), dates })}</span>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {criteria('review')}
      {criteria('evaluation')}
    </Flex>
  );
}
