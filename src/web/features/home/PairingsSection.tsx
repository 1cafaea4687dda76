import { EditOutlined, MessageOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Home, HomePairing } from '../../../contracts/home.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useActionLabel } from '../records/labels.ts';
import { TodoItemRow } from '../todo/TodoItemRow.tsx';
import { raiseConcernPath, visitPath } from './links.ts';

/** One pairing: its open items (each with its own 记录 button), then 记录走访 and 反映问题 in one tap. */
function PairingCard({ pairing, canRaise }: { pairing: HomePairing; canRaise: boolean }) {
  const t = useT();
  return (
    <Card
      size="small"
      data-testid="home-pairing"
      data-pairing-id={pairing.pairingId}
      title={
        <div style={{ whiteSpace: 'normal', padding: '8px 0' }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {pairing.targetName}
          </Typography.Text>{' '}
          <Tag>{pairing.schemeName}</Tag>
          {pairing.overdue ? <Tag color="error">{t('home.pairing.overdue', { count: pairing.overdue })}</Tag> : null}
          {pairing.due ? <Tag color="processing">{t('home.pairing.due', { count: pairing.due })}</Tag> : null}
        </div>
      }
      styles={{ body: { paddingTop: 0 } }}
    >
      {pairing.items.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {t('home.pairing.allMet')}
        </Typography.Paragraph>
      ) : (
        pairing.items.map((item) => (
          <TodoItemRow key={`${item.subject.type}-${item.rule.id}-${item.period.label}`} item={item} />
        ))
      )}
      <Flex gap={8} wrap style={{ marginTop: 12 }}>
        <Link to={visitPath(pairing)} style={{ flex: '1 1 140px' }}>
          <Button type="primary" size="large" block icon={<EditOutlined />} data-testid="home-record-visit">
            {t('home.pairing.recordVisit')}
          </Button>
        </Link>
        {canRaise ? (
          <Link to={raiseConcernPath(pairing.unit.id)} style={{ flex: '1 1 140px' }}>
            <Button size="large" block icon={<MessageOutlined />} data-testid="home-raise-concern">
              {t('home.pairing.raiseConcern')}
            </Button>
          </Link>
        ) : null}
      </Flex>
    </Card>
  );
}

/** 我的结对: each pairing in force with what is due and overdue, and the caller's last records. */
export function PairingsSection({ data, canRaise }: { data: NonNullable<Home['pairings']>; canRaise: boolean }) {
  const t = useT();
  const label = useActionLabel();
  const overdue = data.items.reduce((n, p) => n + p.overdue, 0);
  const due = data.items.reduce((n, p) => n + p.due, 0);
  return (
    <Space direction="vertical" size={12} style={{ display: 'flex' }} data-testid="home-pairings">
      <Flex wrap gap={8} align="baseline" justify="space-between">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('home.section.pairings')}
        </Typography.Title>
        <Typography.Text type={overdue ? 'danger' : 'secondary'} data-testid="home-pairings-summary">
          {t('home.section.pairingsSummary', { total: data.items.length, overdue, due })}
        </Typography.Text>
      </Flex>
      {data.items.length === 0 ? (
        <Empty description={t('home.pairings.none')} />
      ) : (
        data.items.map((p) => <PairingCard key={p.pairingId} pairing={p} canRaise={canRaise} />)
      )}
      <Card
        size="small"
        title={t('home.section.records')}
        extra={<Link to="/records?mine=true">{t('home.records.all')}</Link>}
        data-testid="home-records"
      >
        {data.records.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.records.none')} />
        ) : (
          <List
            size="small"
            dataSource={data.records}
            renderItem={(r) => (
              <List.Item style={{ paddingInline: 0 }}>
                <div style={{ minWidth: 0 }}>
                  <Link to={`/records/${r.id}`}>{r.title}</Link>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                    {label('actionKind', r.kind)} · {r.pairing?.targetName ?? r.partyOrg?.name ?? r.unit.name} ·{' '}
                    {formatDateTime(r.occurredAt)}
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
