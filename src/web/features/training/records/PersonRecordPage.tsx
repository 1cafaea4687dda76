import { PageContainer } from '@ant-design/pro-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Flex, Progress, Row, Table, type TableProps, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { PersonRecord } from '../../../../contracts/training.ts';
import { ApiRequestError, withQuery } from '../../../app/api/client.ts';
import { Facts } from '../../../app/Facts.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed, NotFound } from '../../../app/ResultPages.tsx';
import { fetchPersonRecord, recordKeys } from './api.ts';
import { formatHours, hoursProgress } from './figures.ts';
import { useYearUnit, YearSelect } from './filters.tsx';

type SessionRow = PersonRecord['sessions'][number];
type OnlineRow = PersonRecord['online'][number];
const STATUS_COLORS = { invited: 'default', attended: 'green', absent: 'orange' } as const;

/** The year's hours against the requirement, with the parts they come from. */
function HoursCard({ record }: { record: PersonRecord }) {
  const t = useT();
  const p = hoursProgress(record.totalHours, record.requiredHours);
  return (
    <Card size="small" title={t('trn.rec.person.total')} style={{ height: '100%' }} data-testid="person-hours">
      <Flex align="baseline" gap={8} wrap>
        <span style={{ fontSize: 26, fontWeight: 600 }}>
          {formatHours(record.totalHours)} / {formatHours(record.requiredHours)}
        </span>
        <Typography.Text type="secondary">
          {t('trn.rec.person.required', { hours: formatHours(record.requiredHours) })}
        </Typography.Text>
      </Flex>
      <Progress percent={p.percent} status={p.met ? 'success' : 'active'} />
      {p.met ? (
        <Tag color="green">{t('trn.rec.person.met')}</Tag>
      ) : (
        <Tag color="orange">{t('trn.rec.person.short', { hours: formatHours(p.short) })}</Tag>
      )}
    </Card>
  );
}

/** One of the record's lists: a titled card with an unpaged table and its own empty note. */
function ListCard<T extends object>({
  title,
  testId,
  empty,
  ...table
}: { title: string; testId: string; empty: string } & Pick<TableProps<T>, 'rowKey' | 'columns' | 'dataSource'>) {
  return (
    <Card size="small" title={title}>
      <div data-testid={testId}>
        <Table<T>
          {...table}
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
        />
      </div>
    </Card>
  );
}

/** 培训档案: a person's training year — role, hours against the requirement, sessions, online courses, secretary seats. */
export default function PersonRecordPage() {
  const t = useT();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const { year, set } = useYearUnit();
  const query = useQuery({
    queryKey: recordKeys.person(id, year),
    queryFn: () => fetchPersonRecord(id, year),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  if (!valid || (query.error instanceof ApiRequestError && query.error.status === 404)) return <NotFound />;
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  if (!r) return <PageLoading />;

  const sessionColumns = [
    {
      title: t('trn.rec.session.title'),
      key: 'title',
      render: (_: unknown, s: SessionRow) => <Link to={`/training/sessions/${s.sessionId}`}>{s.title}</Link>,
    },
    { title: t('trn.rec.session.startsOn'), dataIndex: 'startsOn', key: 'startsOn' },
    {
      title: t('trn.rec.session.method'),
      key: 'method',
      render: (_: unknown, s: SessionRow) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {t(`trn.rec.method.${s.method}`)}
          {s.centralized && (
            <Tag color="blue" style={{ marginInlineStart: 4 }}>
              {t('trn.rec.session.centralized')}
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: t('trn.rec.session.status'),
      key: 'status',
      render: (_: unknown, s: SessionRow) => (
        <span>
          <Tag color={STATUS_COLORS[s.status]}>{t(`trn.rec.status.${s.status}`)}</Tag>
          {s.absenceReason && <Typography.Text type="secondary">{s.absenceReason}</Typography.Text>}
        </span>
      ),
    },
    {
      title: t('trn.rec.hours'),
      key: 'hours',
      align: 'right' as const,
      render: (_: unknown, s: SessionRow) => (s.hours === null ? '—' : formatHours(s.hours)),
    },
  ];
  const onlineColumns = [
    { title: t('trn.rec.online.platform'), dataIndex: 'platform', key: 'platform' },
    { title: t('trn.rec.online.course'), dataIndex: 'course', key: 'course' },
    { title: t('trn.rec.online.completedOn'), dataIndex: 'completedOn', key: 'completedOn' },
    {
      title: t('trn.rec.hours'),
      key: 'hours',
      align: 'right' as const,
      render: (_: unknown, o: OnlineRow) => formatHours(o.hours),
    },
  ];

  return (
    <PageContainer
      title={t('trn.rec.person.title', { name: r.person.name })}
      subTitle={`${r.person.employeeNo} · ${r.person.unit.name}`}
      extra={[
        <Link key="gaps" to={withQuery('/training/gaps', { year })}>
          {t('trn.rec.link.gaps')}
        </Link>,
      ]}
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <YearSelect value={year} onChange={(y) => set({ year: y })} />
          <Tag color={r.role === 'leader' ? 'red' : 'default'} data-testid="person-role">
            {t(`trn.rec.role.${r.role}`)}
          </Tag>
        </Flex>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}>
            <HoursCard record={r} />
          </Col>
          <Col xs={24} md={14}>
            <Card size="small" style={{ height: '100%' }}>
              <Facts
                items={[
                  { key: 'role', label: t('trn.rec.role'), children: t(`trn.rec.role.${r.role}`) },
                  {
                    key: 'unit',
                    label: t('trn.rec.unit'),
                    children: <Link to={`/units/${r.person.unit.id}`}>{r.person.unit.name}</Link>,
                  },
                  {
                    key: 'session',
                    label: t('trn.rec.person.sessionHours'),
                    children: formatHours(r.sessionHours),
                  },
                  { key: 'online', label: t('trn.rec.person.onlineHours'), children: formatHours(r.onlineHours) },
                  {
                    key: 'centralized',
                    label: t('trn.rec.person.centralized'),
                    children: t('trn.rec.person.centralizedValue', { count: r.centralized }),
                  },
                  {
                    key: 'seats',
                    label: t('trn.rec.person.secretarySeats'),
                    children:
                      r.secretarySeats.length === 0 ? (
                        t('trn.rec.person.noSeats')
                      ) : (
                        <Flex vertical gap={2} data-testid="person-seats">
                          {r.secretarySeats.map((s) => (
                            <span key={s.partyOrg.id}>
                              <Link to={`/party-orgs/${s.partyOrg.id}`}>{s.partyOrg.name}</Link>{' '}
                              <Typography.Text type="secondary">
                                {t('trn.rec.appointedOn')} {s.startedOn}
                              </Typography.Text>
                            </span>
                          ))}
                        </Flex>
                      ),
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
        <ListCard
          title={t('trn.rec.person.sessions')}
          testId="person-sessions"
          rowKey="sessionId"
          columns={sessionColumns}
          dataSource={r.sessions}
          empty={t('trn.rec.person.noSessions')}
        />
        <ListCard
          title={t('trn.rec.online.title')}
          testId="person-online"
          rowKey="id"
          columns={onlineColumns}
          dataSource={r.online}
          empty={t('trn.rec.online.empty')}
        />
      </Flex>
    </PageContainer>
  );
}
