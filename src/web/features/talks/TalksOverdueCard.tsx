import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { type CoverageQuery, fetchCoverage, talkKeys } from './api.ts';

/** For the compliance view: the branches with overdue due talks this year (counts only); nothing when none. */
export function TalksOverdueCard({ unitId }: { unitId?: number | undefined }) {
  const t = useT();
  const me = useMe();
  const allowed = me.permissions.includes('talks.read');
  const q: CoverageQuery = { year: dayjs().year(), ...(unitId ? { unitId } : {}) };
  const query = useQuery({ queryKey: talkKeys.coverage(q), queryFn: () => fetchCoverage(q), enabled: allowed });
  const rows = (query.data?.rows ?? []).filter((r) => r.dueOverdue > 0).sort((a, b) => b.dueOverdue - a.dueOverdue);
  if (!allowed || !query.data || rows.length === 0) return null;
  return (
    <Card
      size="small"
      data-testid="talks-overdue-card"
      style={{ marginBottom: 12 }}
      title={<span style={{ whiteSpace: 'normal' }}>{t('talk.overdueCard.title', { year: q.year })}</span>}
      extra={<Link to="/talks?tab=coverage">{t('talk.card.open')}</Link>}
    >
      <Typography.Text type="danger">
        {t('talk.overdueCard.summary', { orgs: rows.length, count: query.data.dueOverdue })}
      </Typography.Text>
      <List
        size="small"
        dataSource={rows.slice(0, 10)}
        renderItem={(r) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex wrap gap={8} align="center" justify="space-between" style={{ width: '100%' }}>
              <span>
                <Typography.Text strong>{r.partyOrg.name}</Typography.Text>{' '}
                <Typography.Text type="secondary">{r.unit.name}</Typography.Text>
              </span>
              <Tag color="error">{t('talk.cov.totalOverdue', { count: r.dueOverdue })}</Tag>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
