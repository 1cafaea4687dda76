import { Card, Divider, Empty, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ChecklistDue, Home, HomeOrg } from '../../../contracts/home.ts';
import { formatDate } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { DueStateTag } from '../talks/DueStateTag.tsx';
import { TodoItemRow } from '../todo/TodoItemRow.tsx';
import { ConcernLine } from './ConcernsSection.tsx';

function Block({ title, summary, danger }: { title: string; summary: string; danger?: boolean }) {
  return (
    <Flex wrap gap={8} align="baseline" justify="space-between" style={{ marginTop: 12 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type={danger ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
        {summary}
      </Typography.Text>
    </Flex>
  );
}

function ChecklistLine({ item }: { item: ChecklistDue }) {
  const t = useT();
  const title =
    item.kind === 'monthly_report'
      ? t('home.org.monthlyReport', { month: item.title })
      : `${item.ordinal ?? ''}. ${item.title}`;
  return (
    <List.Item style={{ paddingInline: 0 }} data-testid="home-checklist-item">
      <Flex wrap gap={8} align="center" justify="space-between" style={{ width: '100%' }}>
        <div style={{ minWidth: 0, flex: '1 1 180px' }}>
          <Link to={`/checklists/assignments/${item.assignmentId}`}>{title}</Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
            {item.templateName}
          </Typography.Text>
        </div>
        <Tag color={item.overdue ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
          {item.overdue ? t('home.org.overdue') : t('home.org.dueOn', { date: formatDate(item.dueOn) })}
        </Tag>
      </Flex>
    </List.Item>
  );
}

/** One party org the caller leads: meetings due this month and quarter, checklist items due, the outlet's concerns. */
function OrgCard({ org }: { org: HomeOrg }) {
  const t = useT();
  const month = org.meetings.filter((i) => i.rule.period === 'month');
  const quarter = org.meetings.filter((i) => i.rule.period === 'quarter');
  const overdue = org.meetings.filter((i) => i.status === 'overdue').length;
  const checklistOverdue = org.checklist?.filter((i) => i.overdue).length ?? 0;
  return (
    <Card
      size="small"
      data-testid="home-org"
      data-org-id={org.partyOrg.id}
      title={
        <div style={{ whiteSpace: 'normal', padding: '8px 0' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {org.partyOrg.name}
          </Typography.Text>{' '}
          <Tag>{t(org.role === 'secretary' ? 'home.org.secretary' : 'home.org.deputy')}</Tag>
        </div>
      }
      styles={{ body: { paddingTop: 0 } }}
    >
      <div data-testid="home-meetings">
        <Block
          title={t('home.org.meetings')}
          summary={t('home.org.meetingsSummary', { month: month.length, quarter: quarter.length, overdue })}
          danger={overdue > 0}
        />
        {org.meetings.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {t('home.org.meetingsNone')}
          </Typography.Paragraph>
        ) : (
          [...month, ...quarter].map((item) => (
            <TodoItemRow key={`${item.subject.type}-${item.rule.id}-${item.period.label}`} item={item} />
          ))
        )}
      </div>
      {org.checklist ? (
        <div data-testid="home-checklist">
          <Divider style={{ margin: '12px 0 0' }} />
          <Block
            title={t('home.org.checklist')}
            summary={t('home.org.checklistSummary', { total: org.checklist.length, overdue: checklistOverdue })}
            danger={checklistOverdue > 0}
          />
          {org.checklist.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('home.org.checklistNone')}
            </Typography.Paragraph>
          ) : (
            <List size="small" dataSource={org.checklist} renderItem={(i) => <ChecklistLine item={i} />} />
          )}
        </div>
      ) : null}
      {org.concerns ? (
        <div data-testid="home-org-concerns">
          <Divider style={{ margin: '12px 0 0' }} />
          <Block
            title={t('home.org.concerns', { unit: org.unit.name })}
            summary={t('home.org.concernsSummary', { total: org.concerns.total })}
          />
          {org.concerns.items.length === 0 ? (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('home.org.concernsNone')}
            </Typography.Paragraph>
          ) : (
            <List size="small" dataSource={org.concerns.items} renderItem={(c) => <ConcernLine concern={c} />} />
          )}
          {org.concerns.total > org.concerns.items.length ? (
            <Link to={`/concerns?status=open&outletId=${org.unit.id}`}>{t('home.more')}</Link>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

/** The secretary's home: one card per org led, and the talks due they must hold. */
export function SecretarySection({ data }: { data: NonNullable<Home['secretary']> }) {
  const t = useT();
  const talks = data.talks?.items ?? [];
  const overdue = talks.filter((d) => d.state === 'overdue').length;
  return (
    <>
      {data.orgs.map((org) => (
        <OrgCard key={org.partyOrg.id} org={org} />
      ))}
      {data.talks ? (
        <Card
          size="small"
          data-testid="home-talks"
          title={<span style={{ whiteSpace: 'normal' }}>{t('home.section.talks')}</span>}
          extra={<Link to="/talks">{t('home.more')}</Link>}
        >
          <Typography.Text type={overdue ? 'danger' : 'secondary'}>
            {t('home.talks.summary', { total: talks.length, overdue })}
          </Typography.Text>
          {talks.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.talks.none')} />
          ) : (
            <List
              size="small"
              dataSource={talks}
              renderItem={(d) => (
                <List.Item style={{ paddingInline: 0 }}>
                  <Flex wrap gap={8} align="center" justify="space-between" style={{ width: '100%' }}>
                    <Link to="/talks">
                      <Typography.Text strong>{d.person.name}</Typography.Text>{' '}
                      <Typography.Text type="secondary">
                        {t(`talk.reason.${d.reason}`)} · {d.unit.name}
                      </Typography.Text>
                    </Link>
                    <DueStateTag state={d.state} days={d.days} />
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      ) : null}
    </>
  );
}
