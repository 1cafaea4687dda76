import type { CockpitChildren } from '../../../../contracts/cockpit.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { chartValue, valueText } from '../figures.ts';
import { ChartBox } from './ChartBox.tsx';
import { baseOption, type ChartSizeProps, PRIMARY } from './echarts.ts';

/**
 * 下级单位对比: one bar per child unit, in the units' own order, the figure's rate in
 * percent (tooltip: numerator / denominator) or its count.
 */
export function ComparisonChart({ data, height = 300, print }: { data: CockpitChildren } & ChartSizeProps) {
  const t = useT();
  const isRate = data.figure.rate !== null || data.rows.some((r) => r.rate !== null);
  const option = {
    ...baseOption(print),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const row = data.rows[params[0]?.dataIndex ?? -1];
        return row ? `${row.unit.name}<br/>${valueText(row)}` : '';
      },
    },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: data.rows.map((r) => r.unit.name),
      axisLabel: { interval: 0, rotate: data.rows.length > 4 ? 30 : 0, width: 90, overflow: 'truncate' },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      ...(isRate ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}),
      name: isRate ? t('cockpit.chart.rateAxis') : t('cockpit.chart.countAxis'),
    },
    series: [
      {
        name: data.figure.label,
        type: 'bar',
        data: data.rows.map((r) => chartValue(r)),
        barMaxWidth: 36,
        itemStyle: { color: PRIMARY },
        label: { show: data.rows.length <= 12, position: 'top', formatter: isRate ? '{c}%' : '{c}' },
      },
    ],
  };
  return <ChartBox option={option} height={height} print={print} testId="comparison-chart" />;
}
