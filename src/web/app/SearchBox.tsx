import { Input } from 'antd';
import { useEffect, useState } from 'react';

/**
 * A list's text search: typing stays local, Enter (or the button) applies it;
 * follows the filter when it changes elsewhere (back, reset, a link).
 */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  testId,
}: {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder: string;
  testId?: string;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim() || undefined)}
      placeholder={placeholder}
      style={{ width: 240, maxWidth: '100%' }}
      data-testid={testId}
    />
  );
}
