import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import { concernKeys, fetchHandlers } from './api.ts';

/** The accounts that may be the designated handler for the department. */
export function HandlerSelect({
  departmentId,
  value,
  onChange,
  placeholder,
  id,
}: {
  departmentId: number;
  value?: number | null;
  onChange?: (id: number | null) => void;
  placeholder?: string;
  id?: string;
}) {
  const t = useT();
  const handlers = useQuery({
    queryKey: concernKeys.handlers(departmentId),
    queryFn: () => fetchHandlers(departmentId),
  });
  return (
    <Select<number | null>
      id={id}
      allowClear
      showSearch
      optionFilterProp="label"
      loading={handlers.isPending}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={(handlers.data ?? []).map((h) => ({ value: h.id, label: h.name }))}
      placeholder={placeholder ?? t('concern.handlerPlaceholder')}
      data-testid="concern-handler-select"
    />
  );
}
