import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CAMPAIGN_KINDS, type CampaignListItem, campaignListQuery } from '../../../contracts/projects.ts';
import { FilterPanel } from '../../app/FilterPanel.tsx';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useListFilters } from '../../app/useUrlFilters.ts';
import { fetchCampaigns, projectKeys } from './api.ts';
import CampaignFormModal from './CampaignFormModal.tsx';
import { KindTag, PhaseTag } from './Tags.tsx';

const FILTER_KEYS = ['year', 'kind'] as const;

/** "申报 32 / 立项 13", the proposers that proposed of those eligible, and overdue milestones. */
function Figures({ c }: { c: CampaignListItem }) {
  const t = useT();
  const n = c.counts;
  return (
    <Flex vertical gap={2}>
      <span data-testid="campaign-counts">
        {t('prj.list.countsValue', { proposed: n.proposed, approved: n.approved })}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('prj.list.proposers', { proposers: n.proposers, eligible: n.eligible })}
      </Typography.Text>
    </Flex>
  );
}

function Milestones({ c }: { c: CampaignListItem }) {
  const t = useT();
  const n = c.counts;
  if (n.milestones === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={4} wrap align="center">
      <span>
        {n.milestonesDone} / {n.milestones}
      </span>
      {n.milestonesOverdue > 0 && <Tag color="red">{t('prj.list.overdue', { n: n.milestonesOverdue })}</Tag>}
    </Flex>
  );
}

/** 领题项目: the campaigns in reach by year and kind, with their phase and figures; 新建活动 for managers. */
export default function CampaignsPage() {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const canManage = me.permissions.includes('projects.manage');
  const { filters, set, panel } = useListFilters(campaignListQuery.shape, FILTER_KEYS);
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: projectKeys.campaigns(filters), queryFn: () => fetchCampaigns(filters) });
  const thisYear = new Date().getFullYear();
  const years = [...new Set([thisYear + 1, thisYear, thisYear - 1, ...(list.data ?? []).map((c) => c.year)])].sort(
    (a, b) => b - a,
  );
  if (list.isError && !list.data) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data ?? [];
  const yearSelect = (
    <Select<number | undefined>
      style={{ width: compact ? '100%' : 120 }}
      value={filters.year}
      onChange={(year) => set({ year })}
      allowClear
      placeholder={t('prj.list.allYears')}
      aria-label={t('prj.list.year')}
      options={years.map((y) => ({ value: y, label: String(y) }))}
      data-testid="filter-year"
    />
  );
  const newButton = canManage && (
    <Button type="primary" onClick={() => setCreating(true)} data-testid="campaign-new">
      {t('prj.list.new')}
    </Button>
  );
  return (
    <PageContainer title={t('menu.projects')} extra={compact ? undefined : newButton}>
      <Card styles={{ body: compact ? { paddingInline: 12 } : {} }}>
        <FilterPanel search={yearSelect} active={panel.active - (filters.year ? 1 : 0)} onReset={panel.onReset}>
          <Select
            style={{ width: 140 }}
            value={filters.kind}
            onChange={(kind) => set({ kind })}
            allowClear
            placeholder={t('prj.list.allKinds')}
            aria-label={t('prj.list.kind')}
            options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`prj.kind.${k}`) }))}
            data-testid="filter-kind"
          />
        </FilterPanel>
        {compact ? (
          <Flex vertical gap={12} data-testid="campaign-cards">
            {newButton}
            {items.length === 0 && !list.isPending && <Empty description={t('prj.list.empty')} />}
            {items.map((c) => (
              <Card
                key={c.id}
                size="small"
                hoverable
                onClick={() => navigate(`/projects/campaigns/${c.id}`)}
                title={
                  <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                    {c.name}
                  </Typography.Text>
                }
              >
                <Flex vertical gap={6}>
                  <Flex gap={4} wrap>
                    <Tag>{c.year}</Tag>
                    <KindTag kind={c.kind} />
                    <PhaseTag phase={c.phase} />
                    {c.phaseDue && (
                      <Typography.Text type="secondary">
                        {t('prj.campaign.due', { date: formatDate(c.phaseDue) })}
                      </Typography.Text>
                    )}
                  </Flex>
                  <Typography.Text type="secondary">{c.organizer.name}</Typography.Text>
                  <Figures c={c} />
                  <Milestones c={c} />
                </Flex>
              </Card>
            ))}
          </Flex>
        ) : (
          <Table<CampaignListItem>
            rowKey="id"
            size="small"
            loading={list.isPending}
            dataSource={items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('prj.list.empty') }}
            data-testid="campaign-table"
            columns={[
              { title: t('prj.list.year'), dataIndex: 'year', width: 70 },
              {
                title: t('prj.list.name'),
                render: (_, c) => <Link to={`/projects/campaigns/${c.id}`}>{c.name}</Link>,
              },
              { title: t('prj.list.kind'), render: (_, c) => <KindTag kind={c.kind} /> },
              { title: t('prj.list.organizer'), render: (_, c) => c.organizer.name },
              { title: t('prj.list.phase'), render: (_, c) => <PhaseTag phase={c.phase} /> },
              { title: t('prj.list.phaseDue'), render: (_, c) => (c.phaseDue ? formatDate(c.phaseDue) : '—') },
              { title: t('prj.list.counts'), render: (_, c) => <Figures c={c} /> },
              { title: t('prj.list.milestones'), render: (_, c) => <Milestones c={c} /> },
            ]}
          />
        )}
      </Card>
      {creating && (
        <CampaignFormModal
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            void message.success(t('prj.list.created'));
            void qc.invalidateQueries({ queryKey: projectKeys.all });
            navigate(`/projects/campaigns/${id}`);
          }}
        />
      )}
    </PageContainer>
  );
}
