import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../app/format.ts';
import type { MessageKey } from '../../app/i18n/index.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { visibleMenu } from '../../app/menu.tsx';
import { useMe } from '../../app/session.tsx';
import { RoleSections } from './RoleSections.tsx';

const CockpitSummary = lazy(() => import('../cockpit/CockpitSummary.tsx'));

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

/**
 * 首页: the cockpit's summary for those who read it, then the sections of what the caller
 * is (pairings, concern queue, party orgs they lead), then who am I here (roles, data
 * scope, password expiry) and the way into each permitted page.
 */
export default function HomePage() {
  const t = useT();
  const me = useMe();
  const shortcuts = visibleMenu(me.permissions).filter((m) => m.hint !== null);

  return (
    <PageContainer title={t(greetingKey(dayjs().hour()), { name: me.account.displayName })}>
      <Space direction="vertical" size={16} style={{ display: 'flex' }}>
        {me.permissions.includes('cockpit.read') ? (
          <Suspense fallback={null}>
            <CockpitSummary />
          </Suspense>
        ) : null}
        <RoleSections />
        <Card>
          <Descriptions column={1} size="small" styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('home.roles')}>
              {me.roles.length ? (
                <Space size={[4, 4]} wrap>
                  {me.roles.map((r) => (
                    <Tag color="red" key={r}>
                      {t(`role.${r}`)}
                    </Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('home.rolesNone')}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('home.scope')}>
              {me.scope.length ? (
                <Space size={[4, 4]} wrap>
                  {me.scope.map((u) => (
                    <Tag key={u.id}>{u.name}</Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('home.scopeNone')}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('home.passwordExpires')}>
              {me.passwordExpiresAt ? formatDate(me.passwordExpiresAt) : t('home.passwordNoExpiry')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('home.shortcuts')}>
          {shortcuts.length === 0 ? (
            <Empty description={t('home.noShortcuts')} />
          ) : (
            <Row gutter={[16, 16]}>
              {shortcuts.map((m) => (
                <Col key={m.path} xs={24} sm={12} lg={6}>
                  <Link to={m.path} style={{ display: 'block', height: '100%' }}>
                    <Card hoverable size="small" style={{ height: '100%' }}>
                      <Card.Meta
                        avatar={<span style={{ fontSize: 24, color: '#c8161d' }}>{m.icon}</span>}
                        title={t(m.label)}
                        description={m.hint ? t(m.hint) : null}
                      />
                    </Card>
                  </Link>
                </Col>
              ))}
            </Row>
          )}
        </Card>
      </Space>
    </PageContainer>
  );
}
