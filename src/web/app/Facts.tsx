import { Descriptions, type DescriptionsProps } from 'antd';
import { useCompact } from './useCompact.ts';

/** A detail page's facts: label and value, two columns bordered, one plain column on a phone. */
export function Facts({ items }: { items: DescriptionsProps['items'] }) {
  const compact = useCompact();
  return (
    <Descriptions
      column={compact ? 1 : 2}
      size="small"
      bordered={!compact}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={items}
    />
  );
}
