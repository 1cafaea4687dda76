import { Typography } from 'antd';
import type { Rate } from '../../../contracts/registry.ts';
import { useT } from '../../app/i18n/index.tsx';

/** "54 / 241 = 22.4%": a rate never travels without its numerator and denominator. */
export function formatRate(rate: Rate): string {
  const pct = rate.value === null ? '—' : `${(rate.value * 100).toFixed(1)}%`;
  return `${rate.numerator.toLocaleString()} / ${rate.denominator.toLocaleString()} = ${pct}`;
}

/** A labelled rate, e.g. 无党员网点率 54 / 241 = 22.4%. */
export function RateFigure({ label, rate, testId }: { label: string; rate: Rate; testId?: string }) {
  const t = useT();
  return (
    <span data-testid={testId} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type="secondary">{label}</Typography.Text>{' '}
      <Typography.Text strong>{formatRate(rate)}</Typography.Text>
      {rate.value === null ? <Typography.Text type="secondary">{t('rate.noDenominator')}</Typography.Text> : null}
    </span>
  );
}
