import { useQuery } from '@tanstack/react-query';
import { Card, Flex, List, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { fetchDue, talkKeys } from './api.ts';
import { DueStateTag } from './DueStateTag.tsx';

const SHOWN = 5;
const MINE = { view: 'mine' } as const;

/** For the to-do: the talks due that I am responsible for (open and overdue), most urgent first; nothing when none. */
export function TalksDueCard() {
  const t = useT();
  const me = useMe();
  const allowed = me.permissions.includes('talks.record');
  const query = useQuery({ queryKey: talkKeys.due(MINE), queryFn: () => fetchDue(MINE), enabled: allowed });
  const items = query.data?.items.filter((d) => d.state !== 'done') ?? [];
  if (!allowed || items.length === 0) return null;
  const sorted = [...items].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const overdue = items.filter((d) => d.state === 'overdue').length;
  return (
    <Card
      size="small"
      data-testid="talks-due-card"
      style={{ marginBottom: 12 }}
      title={<span style={{ whiteSpace: 'normal' }}>{t('talk.card.title')}</span>}
      extra={<Link to="/talks">{t('talk.card.open')}</Link>}
    >
      <Typography.Text type={overdue ? 'danger' : 'secondary'}>
        {t('talk.card.summary', { total: items.length, overdue })}
      </Typography.Text>
      <List
        size="small"
        dataSource={sorted.slice(0, SHOWN)}
        renderItem={(d) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex wrap gap={8} align="center" justify="space-between" style={{ width: '100%' }}>
              <span>
                <Typography.Text strong>{d.person.name}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t(`talk.reason.${d.reason}`)} · {d.dueOn}
                </Typography.Text>
              </span>
              <DueStateTag state={d.state} days={d.days} />
            </Flex>
          </List.Item>
        )}
      />
      {items.length > SHOWN ? <Link to="/talks">{t('talk.card.more', { count: items.length - SHOWN })}</Link> : null}
    </Card>
  );
}
