import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Typography } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { fetchUnitDetail, unitKeys } from '../units/api.ts';

/** 全部 / 江南省分行 / 青州市分行: the way back up from a drilled-down unit. */
export function UnitTrail({
  unitId,
  onOpen,
}: {
  unitId: number | undefined;
  onOpen: (id: number | undefined) => void;
}) {
  const t = useT();
  const unit = useQuery({
    queryKey: unitKeys.detail(unitId ?? 0),
    queryFn: () => fetchUnitDetail(unitId ?? 0),
    enabled: !!unitId,
  });
  const link = (title: string, id: number | undefined) => ({
    title: <Typography.Link onClick={() => onOpen(id)}>{title}</Typography.Link>,
  });
  const items = [link(t('compliance.allScope'), undefined)];
  if (unitId && unit.data) {
    for (const a of unit.data.ancestors) items.push(link(a.name, a.id));
    items.push({ title: <span>{unit.data.name}</span> });
  }
  return <Breadcrumb items={items} data-testid="compliance-trail" />;
}
