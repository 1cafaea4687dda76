import type { CockpitChildren } from '../../../../contracts/cockpit.ts';
import { chartedRows, chartValue, rankRows } from '../figures.ts';
import { ChartBox } from './ChartBox.tsx';
import { baseOption, type ChartSizeProps, chartsRates, GOOD, PRIMARY, unitTooltip } from './echarts.ts';

/**
 * 排名: the child units best first by the figure (higher or lower is better, as the
 * figure says), as horizontal bars, the best at the top.
 */
export function RankingChart({ data, height, print }: { data: CockpitChildren } & ChartSizeProps) {
  const ranked = rankRows(chartedRows(data.rows), data.figure.better);
  const isRate = chartsRates(data);
  // ECharts draws the first category at the bottom: reverse so the best is on top.
  const shown = [...ranked].reverse();
  const option = {
    ...baseOption(print),
    tooltip: unitTooltip(shown),
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, ...(isRate ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}) },
    yAxis: {
      type: 'category',
      data: shown.map((r, i) => `${shown.length - i}. ${r.unit.name}`),
      axisLabel: { width: 110, overflow: 'truncate' },
    },
    series: [
      {
        name: data.figure.label,
        type: 'bar',
        data: shown.map((r, i) => ({
          value: chartValue(r),
          // The best three stand out.
          itemStyle: { color: shown.length - i <= 3 ? GOOD : PRIMARY },
        })),
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: isRate ? '{c}%' : '{c}' },
      },
    ],
  };
  return (
    <ChartBox
      option={option}
      height={height ?? Math.max(160, 32 * ranked.length + 24)}
      print={print}
      testId="ranking-chart"
    />
  );
}
