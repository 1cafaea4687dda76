import { Tag } from 'antd';
import type { UnitKind } from '../../../contracts/units.ts';
import { useT } from '../../app/i18n/index.tsx';

const COLORS: Record<UnitKind, string> = {
  head_office: 'red',
  province: 'volcano',
  city: 'orange',
  county: 'gold',
  outlet: 'green',
  department: 'blue',
  section: 'geekblue',
};

export function KindTag({ kind }: { kind: UnitKind }) {
  const t = useT();
  return (
    <Tag color={COLORS[kind]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`unitKind.${kind}`)}
    </Tag>
  );
}
