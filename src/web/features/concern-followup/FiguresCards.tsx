import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ConcernFigures } from '../../../contracts/concern-figures.ts';
import { useT } from '../../app/i18n/index.tsx';
import { CountLink, formatDays } from './figureFormat.tsx';
import { concernListLink, type FigureScope } from './links.ts';

function Figure({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={testId}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.4 }}>{children}</div>
    </Card>
  );
}

/**
 * The totals of the subtree and period as cards, each count opening its list,
 * and seed 000's sentence: "N 位辅导员提出意见建议 X 条、解决问题 Y 项".
 */
export function FiguresCards({ figures, scope }: { figures: ConcernFigures; scope: FigureScope }) {
  const t = useT();
  const { total } = figures;
  const link = (status: Parameters<typeof concernListLink>[1], extra?: Record<string, string>) =>
    concernListLink(scope, status, extra);
  const col = { xs: 12, sm: 8, xl: 4 };
  return (
    <>
      <Row gutter={[8, 8]}>
        <Col {...col}>
          <Figure title={t('followUp.fig.raised')} testId="total-raised">
            <CountLink n={total.raised} to={link('raised')} testId="total-raised-count" />
          </Figure>
        </Col>
        <Col {...col}>
          <Figure title={t('followUp.fig.resolved')} testId="total-resolved">
            <CountLink n={total.resolved} to={link('resolved')} />
          </Figure>
        </Col>
        <Col {...col}>
          <Figure title={t('followUp.fig.rate')} testId="total-rate">
            <span style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
              <CountLink n={total.resolved} to={link('resolved')} /> /{' '}
              <CountLink n={total.raised} to={link('raised')} /> ={' '}
              {total.resolutionRate === null ? '—' : `${(total.resolutionRate * 100).toFixed(2)}%`}
            </span>
          </Figure>
        </Col>
        <Col {...col}>
          <Figure title={t('followUp.fig.open')} testId="total-open">
            <CountLink n={total.open} to={link('open')} />
          </Figure>
        </Col>
        <Col {...col}>
          <Figure title={t('followUp.fig.overdue')} testId="total-overdue">
            <CountLink n={total.overdue} to={link('overdue')} />
          </Figure>
        </Col>
        <Col {...col}>
          <Figure title={t('followUp.fig.median')} testId="total-median">
            {formatDays(total.medianDaysToResolve)}
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 400 }}>
              {' '}
              {t('followUp.fig.days')}
            </Typography.Text>
          </Figure>
        </Col>
      </Row>
      <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }} data-testid="seed-sentence">
        {t('followUp.fig.sentence.a', { n: figures.counselorsActive.toLocaleString() })}
        <Link to={link('raised', { kind: 'suggestion' })}>{figures.total.suggestionsRaised.toLocaleString()}</Link>
        {t('followUp.fig.sentence.b')}
        <Link to={link('resolved', { kind: 'problem' })}>{figures.total.problemsSolved.toLocaleString()}</Link>
        {t('followUp.fig.sentence.c')}
        <Typography.Text type="secondary">
          {' '}
          {t('followUp.fig.rejected')} <CountLink n={total.rejected} to={link('rejected')} />
        </Typography.Text>
      </Typography.Paragraph>
    </>
  );
}
