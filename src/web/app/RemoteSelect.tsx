import { Select, type SelectProps, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useT } from './i18n/index.tsx';
import { useDebounced } from './useDebounced.ts';

/** An option found on the server: its label, and a secondary line under it. */
export interface RemoteOption {
  value: number;
  label: ReactNode;
  desc: string;
  title?: string;
  disabled?: boolean;
}

/** What is typed into a server-searched select, and `q`: the same, trimmed, once typing pauses. */
export function useRemoteSearch() {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  return { text, setText, q };
}

export type RemoteSearch = ReturnType<typeof useRemoteSearch>;

type Props<V> = Omit<
  SelectProps<V, RemoteOption>,
  'showSearch' | 'searchValue' | 'onSearch' | 'filterOption' | 'optionRender' | 'notFoundContent'
> & {
  search: RemoteSearch;
  /** The search is under way (a spinner in place of "no match"). */
  fetching: boolean;
  /** Shown before anything is typed, for searches that wait for input. */
  idleHint?: string;
};

/**
 * A select whose options the server finds as one types (see `useRemoteSearch`):
 * each option with a secondary line, a spinner while searching, full width.
 */
export function RemoteSelect<V>({ search, fetching, idleHint, style, ...props }: Props<V>) {
  const t = useT();
  return (
    <Select<V, RemoteOption>
      showSearch
      searchValue={search.text}
      onSearch={search.setText}
      filterOption={false}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.desc}
          </Typography.Text>
        </div>
      )}
      notFoundContent={fetching ? <Spin size="small" /> : idleHint && !search.q ? idleHint : t('common.noMatch')}
      style={{ width: '100%', ...style }}
      {...props}
    />
  );
}
