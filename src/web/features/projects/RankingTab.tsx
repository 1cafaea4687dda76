import { StarFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import type { ProjectRankingRow } from '../../../contracts/project-work.ts';
import type { CampaignDetail } from '../../../contracts/projects.ts';
import { ExportButton } from '../../app/ExportButton.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { exportRanking, fetchRanking, projectKeys } from './api.ts';
import { fmtScore } from './labels.ts';

/** 评比排名: approved projects by evaluation score (ties share a rank), the criteria's means, exemplary marks. */
export function RankingTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const ranking = useQuery({ queryKey: projectKeys.ranking(campaign.id), queryFn: () => fetchRanking(campaign.id) });
  if (ranking.isPending) return <PageLoading />;
  if (ranking.isError) return <LoadFailed error={ranking.error} onRetry={() => void ranking.refetch()} />;
  const none = <Typography.Text type="secondary">{t('prj.ranking.none')}</Typography.Text>;
  const criteria = ranking.data.criteria.filter((c) => c.stage === 'evaluation').sort((a, b) => a.ordinal - b.ordinal);
  const columns: TableColumnsType<ProjectRankingRow> = [
    { title: t('prj.ranking.rank'), width: 56, render: (_, r) => r.rank ?? none },
    {
      title: t('prj.ranking.project'),
      render: (_, r) => (
        <Flex gap={4} align="center" style={{ maxWidth: 260 }}>
          {r.exemplary && (
            <StarFilled style={{ color: '#faad14' }} aria-label={t('prj.ranking.exemplary')} data-testid="exemplary" />
          )}
          <Link to={`/projects/${r.project.id}`} style={{ whiteSpace: 'normal' }}>
            {r.project.title}
          </Link>
        </Flex>
      ),
    },
    { title: t('prj.ranking.proposer'), render: (_, r) => r.proposer.partyOrg?.name ?? r.proposer.unit.name },
    ...criteria.map((c) => ({
      key: `c${c.id}`,
      title: `${c.name} (${c.weightPct}%)`,
      align: 'right' as const,
      render: (_: unknown, r: ProjectRankingRow) =>
        fmtScore(r.criteria.find((x) => x.criterionId === c.id)?.mean ?? null) ?? none,
    })),
    {
      title: t('prj.ranking.evaluation'),
      align: 'right',
      render: (_, r) => (r.evaluationScore === null ? none : <strong>{fmtScore(r.evaluationScore)}</strong>),
    },
    { title: t('prj.ranking.review'), align: 'right', render: (_, r) => fmtScore(r.reviewScore) ?? none },
    {
      title: t('prj.ranking.milestones'),
      render: (_, r) => (r.milestones ? `${r.milestonesDone} / ${r.milestones}` : none),
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Flex justify="flex-end">
        <ExportButton run={() => exportRanking(campaign.id)} />
      </Flex>
      <Table<ProjectRankingRow>
        rowKey={(r) => r.project.id}
        size="small"
        columns={columns}
        dataSource={ranking.data.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('prj.ranking.empty') }}
        data-testid="ranking-table"
      />
    </Flex>
  );
}
