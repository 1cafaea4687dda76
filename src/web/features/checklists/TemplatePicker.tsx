import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect } from 'react';
import type { ChecklistTemplateSummary } from '../../../contracts/checklists.ts';
import { checklistKeys, fetchTemplates } from './api.ts';

export const templateLabel = (t: ChecklistTemplateSummary) => `${t.year} · ${t.unit.name} · ${t.name}`;

/**
 * A compact choice among the checklist templates the caller can read (newest year
 * first); with no value it picks the newest one.
 */
export function TemplatePicker({
  value,
  onChange,
  year,
  id,
}: {
  value?: number;
  onChange: (id: number) => void;
  year?: number;
  id?: string;
}) {
  const q = year ? { year } : {};
  const list = useQuery({ queryKey: checklistKeys.templates(q), queryFn: () => fetchTemplates(q) });
  const items = list.data?.items ?? [];
  const first = items[0]?.id;
  useEffect(() => {
    if (value === undefined && first !== undefined) onChange(first);
  }, [value, first, onChange]);
  return (
    <Select<number>
      id={id}
      data-testid="template-picker"
      value={value}
      onChange={onChange}
      loading={list.isLoading}
      showSearch
      optionFilterProp="label"
      popupMatchSelectWidth={false}
      style={{ minWidth: 200, maxWidth: '100%' }}
      options={items.map((t) => ({ value: t.id, label: templateLabel(t) }))}
    />
  );
}
