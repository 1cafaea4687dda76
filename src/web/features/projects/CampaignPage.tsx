import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Steps, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CAMPAIGN_PHASES, type CampaignDetail } from '../../../contracts/projects.ts';
import { ApiRequestError } from '../../app/api/client.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed, NotFound } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useTabParam } from '../../app/useTabParam.ts';
import { advanceCampaign, fetchCampaign, projectKeys } from './api.ts';
import { BoardTab } from './BoardTab.tsx';
import CampaignFormModal from './CampaignFormModal.tsx';
import { nextPhaseOf, phaseIndex } from './labels.ts';
import { ProposalsTab } from './ProposalsTab.tsx';
import { RankingTab } from './RankingTab.tsx';
import { SettingsTab } from './SettingsTab.tsx';
import { KindTag, PhaseTag } from './Tags.tsx';

const TABS = ['board', 'proposals', 'ranking', 'settings'] as const;

/** The dates under each phase of the steps bar. */
function phaseDates(c: CampaignDetail): string[] {
  return [
    `${formatDate(c.proposalOpens)} – ${formatDate(c.proposalDue)}`,
    formatDate(c.reviewDue),
    formatDate(c.implementationDue),
    formatDate(c.evaluationDue),
    '',
  ];
}

function PhaseSteps({ c }: { c: CampaignDetail }) {
  const t = useT();
  const compact = useCompact();
  const dates = phaseDates(c);
  return (
    <Steps
      size="small"
      type={compact ? 'inline' : 'default'}
      current={phaseIndex(c.phase)}
      status={c.phase === 'closed' ? 'finish' : 'process'}
      data-testid="campaign-steps"
      items={CAMPAIGN_PHASES.map((p, i) => ({
        title: t(`prj.phase.${p}`),
        description: compact ? undefined : dates[i] || undefined,
      }))}
    />
  );
}

/** One campaign: its phase with the dates, the board, the proposals, the ranking and the settings. */
export default function CampaignPage() {
  const t = useT();
  const compact = useCompact();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const id = Number(useParams().id);
  const [tab, setTab] = useTabParam(TABS);
  const [editing, setEditing] = useState(false);
  const valid = Number.isInteger(id) && id > 0;
  const campaign = useQuery({
    queryKey: projectKeys.campaign(id),
    queryFn: () => fetchCampaign(id),
    enabled: valid,
  });
  const reload = () => void qc.invalidateQueries({ queryKey: projectKeys.all });
  const advance = useMutation({
    mutationFn: (c: CampaignDetail) => advanceCampaign(c.id, { to: nextPhaseOf(c.phase)!, version: c.version }),
    onSuccess: (c) => {
      void message.success(t('prj.campaign.advanced', { phase: t(`prj.phase.${c.phase}`) }));
      reload();
    },
    onError: (err) => onError(err, { onStale: reload }),
  });
  if (!valid) return <NotFound />;
  if (campaign.isPending) return <PageLoading />;
  if (campaign.isError) {
    if (campaign.error instanceof ApiRequestError && campaign.error.status === 404) return <NotFound />;
    return <LoadFailed error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const c = campaign.data;
  const next = nextPhaseOf(c.phase);
  const confirmAdvance = () =>
    modal.confirm({
      title: t('prj.campaign.advance'),
      content: t('prj.campaign.advanceConfirm', {
        from: t(`prj.phase.${c.phase}`),
        to: next ? t(`prj.phase.${next}`) : '',
      }),
      onOk: () => advance.mutateAsync(c).catch(() => undefined),
    });
  const actions =
    c.canManage && c.phase !== 'closed' ? (
      <Flex gap={8} wrap key="actions">
        <Button onClick={() => setEditing(true)} data-testid="campaign-edit">
          {t('prj.campaign.edit')}
        </Button>
        {next && (
          <Button type="primary" onClick={confirmAdvance} loading={advance.isPending} data-testid="campaign-advance">
            {t('prj.campaign.advance')}
          </Button>
        )}
      </Flex>
    ) : null;
  return (
    <PageContainer
      title={<span style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>{c.name}</span>}
      onBack={() => history.back()}
      extra={compact ? undefined : actions}
    >
      <Card styles={{ body: compact ? { paddingInline: 12 } : {} }} style={{ marginBottom: 12 }}>
        <Flex vertical gap={12}>
          <Flex gap={6} wrap align="center">
            <Tag>{c.year}</Tag>
            <KindTag kind={c.kind} />
            <PhaseTag phase={c.phase} />
            {c.phaseDue && (
              <Typography.Text type="secondary">
                {t('prj.campaign.due', { date: formatDate(c.phaseDue) })}
              </Typography.Text>
            )}
            <Typography.Text type="secondary">· {c.organizer.name}</Typography.Text>
          </Flex>
          <div style={{ overflowX: 'auto' }}>
            <PhaseSteps c={c} />
          </div>
          {(c.parent || c.children.length > 0) && (
            <Flex gap={8} wrap align="center" data-testid="campaign-links">
              {c.parent && (
                <Flex gap={6} wrap>
                  <Typography.Text type="secondary">{t('prj.campaign.parent')}</Typography.Text>
                  <Link to={`/projects/campaigns/${c.parent.id}`}>{c.parent.name}</Link>
                </Flex>
              )}
              {c.children.length > 0 && (
                <Flex gap={6} wrap>
                  <Typography.Text type="secondary">{t('prj.campaign.children')}</Typography.Text>
                  {c.children.map((ch) => (
                    <Link key={ch.id} to={`/projects/campaigns/${ch.id}`}>
                      {ch.name}
                      <PhaseTag phase={ch.phase} />
                    </Link>
                  ))}
                </Flex>
              )}
            </Flex>
          )}
          {compact && actions}
        </Flex>
      </Card>
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'board', label: t('prj.tab.board'), children: <BoardTab campaign={c} /> },
            { key: 'proposals', label: t('prj.tab.proposals'), children: <ProposalsTab campaign={c} /> },
            { key: 'ranking', label: t('prj.tab.ranking'), children: <RankingTab campaign={c} /> },
            { key: 'settings', label: t('prj.tab.settings'), children: <SettingsTab campaign={c} /> },
          ]}
        />
      </Card>
      {editing && (
        <CampaignFormModal
          campaign={c}
          onClose={() => {
            setEditing(false);
            reload();
          }}
          onDone={() => {
            setEditing(false);
            void message.success(t('prj.form.saved'));
            reload();
          }}
        />
      )}
    </PageContainer>
  );
}
