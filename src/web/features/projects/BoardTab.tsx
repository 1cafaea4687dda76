import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CampaignBoard, CampaignDetail } from '../../../contracts/projects.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { fetchBoard, projectKeys } from './api.ts';
import ProposalFormModal from './ProposalFormModal.tsx';

type Row = CampaignBoard['rows'][number];

/** 总览: the campaign's figures and one row per proposer in reach; 我要申报 for proposers. */
export function BoardTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const compact = useCompact();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [proposing, setProposing] = useState(false);
  const board = useQuery({ queryKey: projectKeys.board(campaign.id), queryFn: () => fetchBoard(campaign.id) });
  if (board.isPending) return <PageLoading />;
  if (board.isError) return <LoadFailed error={board.error} onRetry={() => void board.refetch()} />;
  const n = board.data.counts;
  const figures: { key: string; title: string; value: string | number; danger?: boolean }[] = [
    { key: 'eligible', title: t('prj.board.eligible'), value: n.eligible },
    { key: 'proposers', title: t('prj.board.proposers'), value: n.proposers },
    { key: 'proposedApproved', title: t('prj.board.proposedApproved'), value: `${n.proposed} / ${n.approved}` },
    { key: 'returned', title: t('prj.board.returned'), value: n.returned },
    { key: 'rejected', title: t('prj.board.rejected'), value: n.rejected },
    { key: 'milestones', title: t('prj.board.milestones'), value: `${n.milestonesDone} / ${n.milestones}` },
    { key: 'overdue', title: t('prj.board.overdue'), value: n.milestonesOverdue, danger: n.milestonesOverdue > 0 },
  ];
  const flags = (r: Row) => {
    const out: { key: string; color: string; text: string }[] = [];
    if (r.proposed === 0) out.push({ key: 'none', color: 'default', text: t('prj.board.flag.none') });
    if (r.approved > campaign.quotaPerProposer)
      out.push({ key: 'quota', color: 'orange', text: t('prj.board.flag.overQuota') });
    if (r.milestonesOverdue > 0) out.push({ key: 'overdue', color: 'red', text: t('prj.board.flag.overdue') });
    return out;
  };
  return (
    <Flex vertical gap={12}>
      {campaign.canPropose && (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)} data-testid="propose">
            {t('prj.board.propose')}
          </Button>
        </Flex>
      )}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: compact ? 'repeat(3, minmax(0, 1fr))' : 'repeat(auto-fit, minmax(110px, 1fr))',
          gap: 8,
        }}
        data-testid="board-figures"
      >
        {figures.map((f) => (
          <Card key={f.key} size="small" styles={{ body: compact ? { padding: 8 } : {} }}>
            <Statistic
              title={f.title}
              value={f.value}
              valueStyle={{ fontSize: compact ? 17 : 22, ...(f.danger ? { color: '#cf1322' } : {}) }}
            />
          </Card>
        ))}
      </div>
      <Table<Row>
        rowKey={(r) => `${r.proposer.partyOrg?.id ?? ''}:${r.proposer.unit.id}`}
        size="small"
        dataSource={board.data.rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('prj.board.empty') }}
        data-testid="board-table"
        columns={[
          {
            title: t('prj.board.proposer'),
            render: (_, r) => (
              <Flex vertical>
                <span>{r.proposer.partyOrg?.name ?? r.proposer.unit.name}</span>
                {(r.proposer.partyOrg || r.proposer.secretary) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[r.proposer.partyOrg ? r.proposer.unit.name : null, r.proposer.secretary?.name]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          { title: t('prj.board.proposedApproved'), render: (_, r) => `${r.proposed} / ${r.approved}` },
          { title: t('prj.board.returned'), dataIndex: 'returned', align: 'right' },
          { title: t('prj.board.rejected'), dataIndex: 'rejected', align: 'right' },
          {
            title: t('prj.board.milestones'),
            render: (_, r) => (r.milestones ? `${r.milestonesDone} / ${r.milestones}` : '—'),
          },
          {
            title: t('prj.board.overdue'),
            render: (_, r) =>
              r.milestonesOverdue ? <Typography.Text type="danger">{r.milestonesOverdue}</Typography.Text> : 0,
          },
          {
            title: t('prj.board.flags'),
            render: (_, r) =>
              flags(r).map((f) => (
                <Tag key={f.key} color={f.color}>
                  {f.text}
                </Tag>
              )),
          },
        ]}
      />
      {proposing && (
        <ProposalFormModal
          open
          campaign={campaign}
          onClose={() => setProposing(false)}
          onSaved={(id) => {
            setProposing(false);
            void qc.invalidateQueries({ queryKey: projectKeys.all });
            navigate(`/projects/${id}`);
          }}
        />
      )}
    </Flex>
  );
}
