import { Space, Tag } from 'antd';
import { useT } from '../../../app/i18n/index.tsx';
import { STATE_COLORS, STATES, stateKey } from './states.ts';

/** What the board's colours mean. */
export function Legend() {
  const t = useT();
  return (
    <Space size={4} wrap data-testid="board-legend">
      {STATES.map((s) => (
        <Tag key={s} color={STATE_COLORS[s].tag}>
          {t(stateKey(s))}
        </Tag>
      ))}
    </Space>
  );
}
