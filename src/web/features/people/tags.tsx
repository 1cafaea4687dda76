import { Tag } from 'antd';
import type { PartyRelation, PartyStatus } from '../../../contracts/registry-enums.ts';
import { useEnumLabel } from '../registry/enums.ts';

const STATUS_COLORS: Record<PartyStatus, string | undefined> = {
  full: 'red',
  probationary: 'orange',
  none: undefined,
};

export function PartyStatusTag({ status }: { status: PartyStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={STATUS_COLORS[status]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {label('partyStatus', status)}
    </Tag>
  );
}

export function RelationTag({ relation }: { relation: PartyRelation | null }) {
  const label = useEnumLabel();
  if (!relation) return <>—</>;
  return (
    <Tag color={relation === 'outside' ? 'purple' : 'blue'} bordered={false} style={{ marginInlineEnd: 0 }}>
      {label('partyRelation', relation)}
    </Tag>
  );
}
