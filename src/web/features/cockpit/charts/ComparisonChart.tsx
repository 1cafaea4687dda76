import type { CockpitChildren } from '../../../../contracts/cockpit.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { chartedRows, chartValue } from '../figures.ts';
import { ChartBox } from './ChartBox.tsx';
import { baseOption, type ChartSizeProps, chartsRates, PRIMARY, unitTooltip } from './echarts.ts';

/**
 * 下级单位对比: one bar per child unit with a value, in the units' own order, the figure's rate in
 * percent (tooltip: numerator / denominator) or its count.
 */
export function ComparisonChart({ data, height = 300, print }: { data: CockpitChildren } & ChartSizeProps) {
  const t = useT();
  const rows = chartedRows(data.rows);
  const isRate = chartsRates(data);
  const option = {
    ...baseOption(print),
    tooltip: unitTooltip(rows),
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.unit.name),
      axisLabel: { interval: 0, rotate: rows.length > 4 ? 45 : 0, width: 80, overflow: 'truncate', hideOverlap: true },
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
        data: rows.map((r) => chartValue(r)),
        barMaxWidth: 36,
        itemStyle: { color: PRIMARY },
        label: { show: rows.length <= 12, position: 'top', formatter: isRate ? '{c}%' : '{c}' },
      },
    ],
  };
  return <ChartBox option={option} height={height} print={print} testId="comparison-chart" />;
}
