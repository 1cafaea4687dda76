import { Tag } from 'antd';
import type { DueState } from '../../../contracts/talks.ts';
import { useT } from '../../app/i18n/index.tsx';
import { dueStateColor, dueStateText } from './labels.ts';

/** A due talk's state with its days: 已逾期 3 天 / 剩 12 天 / 已完成. */
export function DueStateTag({ state, days }: { state: DueState; days: number | null }) {
  const t = useT();
  const text = dueStateText(state, days);
  return (
    <Tag color={dueStateColor(state, days)} style={{ marginInlineEnd: 0 }}>
      {t(text.key, text.days === undefined ? undefined : { days: text.days })}
    </Tag>
  );
}
