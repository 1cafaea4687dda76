import type { CockpitTrend } from '../../../../contracts/cockpit.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { ChartBox } from './ChartBox.tsx';
import { baseOption, type ChartSizeProps, GOOD, PRIMARY, WARN } from './echarts.ts';

/**
 * 月度趋势: records, person-times, concerns raised and resolved, month by month over
 * the year (up to the current month). Records and person-times as lines on the left
 * axis; concerns, a hundred times fewer, as bars on their own axis on the right.
 */
export function TrendChart({ trend, height = 300, print }: { trend: CockpitTrend } & ChartSizeProps) {
  const t = useT();
  const months = trend.months.map((m) => t('period.monthN', { n: Number(m.month.slice(5, 7)) }));
  const line = (name: string, data: number[], color: string) => ({
    name,
    type: 'line' as const,
    data,
    yAxisIndex: 0,
    symbolSize: 6,
    itemStyle: { color },
    lineStyle: { color, width: 2 },
  });
  const bar = (name: string, data: number[], color: string) => ({
    name,
    type: 'bar' as const,
    data,
    yAxisIndex: 1,
    barMaxWidth: 14,
    itemStyle: { color, opacity: 0.85 },
  });
  const option = {
    ...baseOption(print),
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 72, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('cockpit.chart.recordsAxis') },
      { type: 'value', minInterval: 1, name: t('cockpit.chart.concernsAxis'), splitLine: { show: false } },
    ],
    series: [
      line(
        t('cockpit.trend.records'),
        trend.months.map((m) => m.records),
        PRIMARY,
      ),
      line(
        t('cockpit.trend.personTimes'),
        trend.months.map((m) => m.personTimes),
        '#722ed1',
      ),
      bar(
        t('cockpit.trend.concernsRaised'),
        trend.months.map((m) => m.concernsRaised),
        WARN,
      ),
      bar(
        t('cockpit.trend.concernsResolved'),
        trend.months.map((m) => m.concernsResolved),
        GOOD,
      ),
    ],
  };
  return <ChartBox option={option} height={height} print={print} testId="trend-chart" />;
}
