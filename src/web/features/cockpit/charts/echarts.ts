import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { CockpitChildren, FigureValue } from '../../../../contracts/cockpit.ts';
import { valueText } from '../figures.ts';

/**
 * ECharts, modular: only the charts and components the cockpit draws, so the
 * bundle carries no more of it than that. Every cockpit chart imports it from here.
 */
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export { echarts };

/** What every cockpit chart takes besides its data. */
export interface ChartSizeProps {
  /** In pixels; each chart has its own default. */
  height?: number;
  /** For the printed report: no animation, white background, A4 width. */
  print?: boolean;
}

/** A4 portrait's printable width at 96 dpi with 15 mm margins, near enough: 180 mm. */
export const PRINT_WIDTH = 680;

/** Options every chart shares: animation and background follow `print`. */
export const baseOption = (print: boolean | undefined) => ({
  animation: !print,
  backgroundColor: print ? '#ffffff' : 'transparent',
  textStyle: { fontFamily: 'inherit' },
});

export const GOOD = '#52c41a';
export const PRIMARY = '#1677ff';
export const WARN = '#fa8c16';

/** A child unit's bar tooltip: its name and "numerator / denominator (xx.x%)" or its count. */
export const unitTooltip = (rows: readonly (FigureValue & { unit: { name: string } })[]) => ({
  trigger: 'axis',
  axisPointer: { type: 'shadow' },
  formatter: (params: { dataIndex: number }[]) => {
    const row = rows[params[0]?.dataIndex ?? -1];
    return row ? `${row.unit.name}<br/>${valueText(row)}` : '';
  },
});

/** Whether a children answer charts rates (percent axis up to 100) or counts. */
export const chartsRates = (data: CockpitChildren) =>
  data.figure.rate !== null || data.rows.some((r) => r.rate !== null);
