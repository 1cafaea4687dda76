import { Card, Descriptions, Tag, Typography } from 'antd';
import type { ScoreBreakdown } from '../../../../contracts/checklist-annual.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { fmt } from './states.ts';

/** The score breakdown: checklist points and %, appraisal, duty report, led projects, weighted total. */
export function ScoreCard({ score, disqualified }: { score: ScoreBreakdown; disqualified: boolean }) {
  const t = useT();
  const missing = <Typography.Text type="secondary">{t('cla.score.missing')}</Typography.Text>;
  return (
    <Card
      size="small"
      title={t('cla.score.title')}
      extra={disqualified ? <Tag color="red">{t('cla.disqualified')}</Tag> : null}
      data-testid="unit-score"
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
        <Descriptions.Item label={t('cla.score.points')}>
          {fmt(score.points)} / {fmt(score.maxPoints)}
        </Descriptions.Item>
        <Descriptions.Item label={t('cla.score.pct')}>{fmt(score.pct)}%</Descriptions.Item>
        <Descriptions.Item label={t('cla.score.appraisal')}>{fmt(score.appraisalScore) ?? missing}</Descriptions.Item>
        <Descriptions.Item label={t('cla.score.duty')}>{fmt(score.dutyReportScore) ?? missing}</Descriptions.Item>
        <Descriptions.Item label={t('cla.score.project')}>
          <span data-testid="unit-project-score">{fmt(score.projectScore) ?? missing}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('cla.score.total')}>
          <Typography.Text strong data-testid="unit-total">
            {fmt(score.total)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('cla.score.weights', {
          checklist: score.weights.checklist,
          appraisal: score.weights.appraisal,
          duty: score.weights.dutyReport,
          project: score.weights.project,
        })}
      </Typography.Text>
    </Card>
  );
}
