import ReactEChartsCore from 'echarts-for-react/esm/core.js';
import { type ChartSizeProps, echarts, PRINT_WIDTH } from './echarts.ts';

/**
 * One ECharts canvas: as wide as its container on screen (it follows resizes, so a
 * phone gets a narrow chart, never a sideways scroll), a fixed A4 width in print.
 */
export function ChartBox({
  option,
  height = 300,
  print,
  testId,
}: ChartSizeProps & { option: object; testId?: string }) {
  return (
    <div data-testid={testId} style={{ width: print ? PRINT_WIDTH : '100%', maxWidth: '100%', minWidth: 0 }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas', ...(print ? { devicePixelRatio: 2 } : {}) }}
      />
    </div>
  );
}
