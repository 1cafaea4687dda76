import { Tag } from 'antd';
import type { Finding } from '../../../../contracts/checklist-register.ts';
import { useT } from '../../../app/i18n/index.tsx';

const COLOR: Record<Finding, string> = { done: 'green', partly: 'gold', not_done: 'red' };

/** 完成 / 部分完成 / 未完成, coloured. */
export function FindingTag({ finding }: { finding: Finding }) {
  const t = useT();
  return <Tag color={COLOR[finding]}>{t(`clr.finding.${finding}`)}</Tag>;
}
