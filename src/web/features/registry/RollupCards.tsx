import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import type { RollupCounts } from '../../../contracts/registry.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { COUNT_KEYS, COUNT_LABELS, type CountKey, countLink, countPermission } from './links.ts';

const ALERT_KEYS: readonly CountKey[] = ['blankOutlets', 'membersExternal'];

/** The subtree's figures as cards; each opens the list it counts. */
export function RollupCards({ unitId, counts }: { unitId: number; counts: RollupCounts }) {
  const t = useT();
  const me = useMe();
  return (
    <Row gutter={[12, 12]}>
      {COUNT_KEYS.map((key) => {
        const value = counts[key];
        const stat = (
          <Statistic
            value={value}
            title={t(COUNT_LABELS[key])}
            valueStyle={{ fontSize: 22, color: ALERT_KEYS.includes(key) && value > 0 ? '#c8161d' : undefined }}
          />
        );
        const open = me.permissions.includes(countPermission(key));
        return (
          <Col key={key} xs={12} sm={8} md={6} xl={6}>
            {open ? (
              <Link
                to={countLink(key, unitId)}
                data-testid={`rollup-${key}`}
                aria-label={t(COUNT_LABELS[key])}
                title={t(COUNT_LABELS[key])}
                style={{ display: 'block', height: '100%' }}
              >
                <Card size="small" hoverable style={{ height: '100%' }} styles={{ body: { padding: '10px 12px' } }}>
                  {stat}
                </Card>
              </Link>
            ) : (
              <Card
                size="small"
                data-testid={`rollup-${key}`}
                style={{ height: '100%' }}
                styles={{ body: { padding: '10px 12px' } }}
              >
                {stat}
              </Card>
            )}
          </Col>
        );
      })}
    </Row>
  );
}
