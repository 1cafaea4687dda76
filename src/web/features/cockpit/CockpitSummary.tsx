import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/i18n/index.tsx';
import { currentPeriod } from '../compliance/period.ts';
import { cockpitKeys, fetchCockpit } from './api.ts';
import { FigureGrid, FigureTile } from './FigureTile.tsx';
import { cockpitPath, headlineFigures } from './figures.ts';

/**
 * The cockpit's headline figures for the caller's scope root and the current quarter,
 * with the way into 驾驶舱: shown on the home page of those who read the cockpit.
 * A figure opens the cockpit with it selected. Says nothing when the cockpit can't be read.
 */
export default function CockpitSummary() {
  const t = useT();
  const navigate = useNavigate();
  const query = { period: currentPeriod('quarter') };
  const cockpit = useQuery({ queryKey: cockpitKeys.figures(query), queryFn: () => fetchCockpit(query) });
  const data = cockpit.data;
  if (cockpit.isError) return null;
  return (
    <Card
      size="small"
      loading={!data}
      data-testid="cockpit-summary"
      style={{ marginBottom: 12 }}
      title={
        <span style={{ whiteSpace: 'normal' }}>
          {t('cockpit.summary.title')}
          {data ? (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
              {data.unit.name} · {data.period.label}
            </Typography.Text>
          ) : null}
        </span>
      }
      extra={
        <Link to={cockpitPath(undefined, undefined)} data-testid="cockpit-enter">
          {t('cockpit.summary.enter')}
        </Link>
      }
    >
      {data ? (
        <>
          <FigureGrid min={240}>
            {headlineFigures(data.figures).map((f) => (
              <FigureTile
                key={f.key}
                figure={f}
                compact
                onSelect={() => navigate(cockpitPath(data.unit.id, query.period, f.key))}
              />
            ))}
          </FigureGrid>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
            {t('cockpit.computedAt', { time: dayjs(data.computedAt).format('YYYY-MM-DD HH:mm') })}
          </Typography.Text>
        </>
      ) : null}
    </Card>
  );
}
