import { Tag } from 'antd';
import type { UnitKind } from '../../../contracts/units.ts';
import { useKindName } from '../registry/vocabulary.ts';

const COLORS: Record<UnitKind, string> = {
  head_office: 'red',
  province: 'volcano',
  city: 'orange',
  county: 'gold',
  outlet: 'green',
  department: 'blue',
  section: 'geekblue',
};

/** A unit's kind under the enterprise's own name for it (bank 网点, postal 支局…). */
export function KindTag({ kind }: { kind: UnitKind }) {
  const kindName = useKindName();
  return (
    <Tag color={COLORS[kind]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {kindName(kind)}
    </Tag>
  );
}
