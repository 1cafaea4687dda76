import { Tag } from 'antd';
import type { PartyOrgKind, TermStatus } from '../../../contracts/registry-enums.ts';
import { formatDate } from '../../app/format.ts';
import { useEnumLabel } from '../registry/enums.ts';

const COLORS: Record<TermStatus, string | undefined> = {
  ok: 'green',
  expiring: 'orange',
  overdue: 'red',
  none: undefined,
};

/** 任期内 / 即将到期 (within 90 days) / 已超期 / 未设任期. */
export function TermTag({ status }: { status: TermStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid={`term-${status}`}>
      {label('termStatus', status)}
    </Tag>
  );
}

export function PartyOrgKindTag({ kind }: { kind: PartyOrgKind }) {
  const label = useEnumLabel();
  return (
    <Tag color="red" bordered={false} style={{ marginInlineEnd: 0 }}>
      {label('partyOrgKind', kind)}
    </Tag>
  );
}

/** "2023-04-01 ~ 2026-03-31", or — when no term is set. */
export function termRange(start: string | null, end: string | null): string {
  if (!start && !end) return '—';
  return `${formatDate(start)} ~ ${formatDate(end)}`;
}
