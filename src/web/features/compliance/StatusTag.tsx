import { Tag } from 'antd';
import type { ComplianceStatus } from '../../../contracts/actions.ts';
import { useActionLabel } from '../records/labels.ts';

export const STATUS_COLORS: Record<ComplianceStatus, string> = {
  met: 'success',
  due: 'processing',
  overdue: 'error',
  not_yet_due: 'default',
};

/** 已完成 / 待完成 / 已逾期 / 未到期, colored alike everywhere. */
export function StatusTag({ status }: { status: ComplianceStatus }) {
  const label = useActionLabel();
  return <Tag color={STATUS_COLORS[status]}>{label('complianceStatus', status)}</Tag>;
}
