import { StarFilled } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type CampaignDetail,
  PROJECT_STATUSES,
  type ProjectListItem,
  type ProjectStatus,
  type Proposer,
  type ScoreSheet,
  type ScoreStage,
} from '../../../contracts/projects.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { exportProjects, fetchProjects, fetchScores, projectKeys } from './api.ts';
import DecisionModal from './DecisionModal.tsx';
import { fmtScore } from './labels.ts';
import ScoreSheetModal from './ScoreSheetModal.tsx';
import { StatusTag } from './Tags.tsx';

const proposerKey = (p: Proposer) => `${p.partyOrg?.id ?? ''}:${p.unit.id}`;

/** Which stage a reviewer scores this proposal in now, or null. */
export function scoringStage(c: CampaignDetail, p: ProjectListItem): ScoreStage | null {
  if (!c.canReview) return null;
  if (c.phase === 'review' && ['submitted', 'returned', 'approved'].includes(p.status)) return 'review';
  if (c.phase === 'evaluation' && p.status === 'approved') return 'evaluation';
  return null;
}

interface Scoring {
  project: ProjectListItem;
  stage: ScoreStage;
  existing: ScoreSheet | undefined;
}

/** 申报项目: the proposals with scores and milestones; 评分 and 审批 by phase; export. */
export function ProposalsTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [status, setStatus] = useState<ProjectStatus | undefined>(undefined);
  const [scoring, setScoring] = useState<Scoring | null>(null);
  const [deciding, setDeciding] = useState<ProjectListItem | null>(null);
  const [opening, setOpening] = useState<number | null>(null);
  // All of the campaign's proposals: the status filter is applied here, the quota counts need them all.
  const list = useQuery({
    queryKey: projectKeys.list(campaign.id),
    queryFn: () => fetchProjects(campaign.id),
  });
  const reload = () => void qc.invalidateQueries({ queryKey: projectKeys.all });
  if (list.isError && !list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const all = list.data ?? [];
  const rows = status ? all.filter((p) => p.status === status) : all;
  const approvedBy = (p: ProjectListItem) =>
    all.filter((x) => x.status === 'approved' && proposerKey(x.proposer) === proposerKey(p.proposer)).length;

  const openScore = async (project: ProjectListItem, stage: ScoreStage) => {
    setOpening(project.id);
    try {
      const sheets = await qc.fetchQuery({
        queryKey: projectKeys.scores(project.id),
        queryFn: () => fetchScores(project.id),
        staleTime: 0,
      });
      const existing = sheets.find((s) => s.stage === stage && s.reviewer.id === me.account.id);
      setScoring({ project, stage, existing });
    } catch (err) {
      onError(err);
    } finally {
      setOpening(null);
    }
  };

  const score = (v: number | null, n: number) =>
    v === null ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      <span>
        {fmtScore(v)}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('prj.proposals.sheets', { n })}
        </Typography.Text>
      </span>
    );

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        <Select<ProjectStatus | undefined>
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          allowClear
          placeholder={t('prj.proposals.allStatuses')}
          aria-label={t('prj.proposals.status')}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`prj.status.${s}`) }))}
          data-testid="filter-status"
        />
        <ExportButton run={() => exportProjects(campaign.id, status)} />
      </Flex>
      <Table<ProjectListItem>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('prj.proposals.empty') }}
        data-testid="proposals-table"
        columns={[
          {
            title: t('prj.proposals.title'),
            fixed: compact ? 'left' : undefined,
            render: (_, p) => (
              <Flex gap={4} align="center" style={{ maxWidth: compact ? 140 : 280 }}>
                {p.exemplary && <StarFilled style={{ color: '#faad14' }} aria-label={t('prj.proposals.exemplary')} />}
                <Link to={`/projects/${p.id}`} style={{ whiteSpace: 'normal' }}>
                  {p.title}
                </Link>
              </Flex>
            ),
          },
          { title: t('prj.proposals.proposer'), render: (_, p) => p.proposer.partyOrg?.name ?? p.proposer.unit.name },
          { title: t('prj.proposals.leader'), render: (_, p) => p.leader.name },
          { title: t('prj.proposals.status'), render: (_, p) => <StatusTag status={p.status} /> },
          { title: t('prj.proposals.reviewScore'), render: (_, p) => score(p.reviewScore, p.reviewSheets) },
          {
            title: t('prj.proposals.evaluationScore'),
            render: (_, p) => score(p.evaluationScore, p.evaluationSheets),
          },
          {
            title: t('prj.proposals.milestones'),
            render: (_, p) =>
              p.milestones ? (
                <span>
                  {p.milestonesDone} / {p.milestones}
                  {p.milestonesOverdue > 0 && (
                    <Typography.Text type="danger">
                      {' '}
                      · {t('prj.list.overdue', { n: p.milestonesOverdue })}
                    </Typography.Text>
                  )}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: t('common.actions'),
            render: (_, p) => {
              const stage = scoringStage(campaign, p);
              const decide = campaign.canManage && campaign.phase === 'review' && p.status === 'submitted';
              return (
                <Flex gap={4}>
                  {stage && (
                    <Button
                      size="small"
                      loading={opening === p.id}
                      onClick={() => void openScore(p, stage)}
                      data-testid={`score-btn-${p.id}`}
                    >
                      {t('prj.proposals.score')}
                    </Button>
                  )}
                  {decide && (
                    <Button
                      size="small"
                      type="primary"
                      onClick={() => setDeciding(p)}
                      data-testid={`decide-btn-${p.id}`}
                    >
                      {t('prj.proposals.decide')}
                    </Button>
                  )}
                </Flex>
              );
            },
          },
        ]}
      />
      {scoring && (
        <ScoreSheetModal
          open
          projectId={scoring.project.id}
          stage={scoring.stage}
          criteria={campaign.criteria}
          existing={scoring.existing}
          onClose={() => setScoring(null)}
          onSaved={() => {
            setScoring(null);
            reload();
          }}
        />
      )}
      {deciding && (
        <DecisionModal
          campaign={campaign}
          project={deciding}
          approvedByProposer={approvedBy(deciding)}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            void message.success(t('prj.decision.done'));
            reload();
          }}
          onStale={() => {
            setDeciding(null);
            reload();
          }}
        />
      )}
    </Flex>
  );
}
