import { Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import type { CockpitFigure } from '../../../contracts/cockpit.ts';
import { type Tone, tone, valueText } from './figures.ts';

const TONE_COLOR: Record<Tone, string | undefined> = {
  good: '#389e0d',
  fair: '#d48806',
  poor: '#cf1322',
  plain: undefined,
};

/**
 * One figure: its label, its value ("numerator / denominator (xx.x%)" or the count)
 * coloured by how good it is, and what it counts. A click selects it.
 */
export function FigureTile({
  figure,
  selected,
  onSelect,
  compact,
}: {
  figure: CockpitFigure;
  selected?: boolean;
  onSelect?: () => void;
  /** Smaller, without the hint (the home page's summary). */
  compact?: boolean;
}) {
  const { token } = theme.useToken();
  const color = TONE_COLOR[tone(figure, figure.better)];
  return (
    <button
      type="button"
      onClick={onSelect}
      data-testid={`figure-${figure.key}`}
      aria-pressed={selected}
      style={{
        all: 'unset',
        boxSizing: 'border-box',
        display: 'block',
        width: '100%',
        minWidth: 0,
        cursor: onSelect ? 'pointer' : 'default',
        padding: compact ? '8px 10px' : '12px 14px',
        borderRadius: token.borderRadiusLG,
        border: `1px solid ${selected ? token.colorPrimary : token.colorBorderSecondary}`,
        background: selected ? token.colorPrimaryBg : token.colorBgContainer,
        boxShadow: selected ? `0 0 0 1px ${token.colorPrimary}` : undefined,
      }}
    >
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }} ellipsis={{ tooltip: figure.label }}>
        {figure.label}
      </Typography.Text>
      <span
        data-testid={`figure-value-${figure.key}`}
        style={{
          display: 'block',
          fontSize: compact ? 17 : 20,
          fontWeight: 600,
          lineHeight: 1.4,
          color: color ?? token.colorText,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {valueText(figure)}
      </span>
      {compact ? null : (
        <Typography.Text
          type="secondary"
          style={{ display: 'block', fontSize: 12 }}
          ellipsis={{ tooltip: figure.hint }}
        >
          {figure.hint}
        </Typography.Text>
      )}
    </button>
  );
}

/** Tiles side by side as far as they fit, one per line on a phone. */
export function FigureGrid({ children, min = 220 }: { children: ReactNode; min?: number }) {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(auto-fit, minmax(min(${min}px, 100%), 1fr))`,
        gap: 12,
      }}
    >
      {children}
    </div>
  );
}
