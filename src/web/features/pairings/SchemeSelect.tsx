import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import type { Scheme } from '../../../contracts/schemes.ts';
import { useT } from '../../app/i18n/index.tsx';
import { listSchemes, schemeKeys } from '../schemes/api.ts';

/** The schemes as a query, shared by every picker. */
export function useSchemes() {
  return useQuery({ queryKey: schemeKeys.all, queryFn: listSchemes });
}

/** A scheme (结对制度). */
export function SchemeSelect({
  value,
  onChange,
  allowClear,
  activeOnly,
  style,
  id,
  placeholder,
}: {
  value?: number | null;
  onChange?: (id: number | null, scheme: Scheme | undefined) => void;
  allowClear?: boolean;
  activeOnly?: boolean;
  style?: CSSProperties;
  id?: string;
  placeholder?: string;
}) {
  const t = useT();
  const schemes = useSchemes();
  const list = (schemes.data ?? []).filter((s) => !activeOnly || s.active);
  return (
    <Select<number | null>
      id={id}
      allowClear={allowClear}
      value={value ?? null}
      onChange={(v) =>
        onChange?.(
          v ?? null,
          list.find((s) => s.id === v),
        )
      }
      loading={schemes.isLoading}
      options={list.map((s) => ({ value: s.id, label: s.name }))}
      placeholder={placeholder ?? t('pairing.scheme')}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
    />
  );
}
