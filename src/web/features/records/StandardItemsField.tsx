import { Checkbox, Flex, Input } from 'antd';
import { STANDARD_ITEMS, type StandardItem } from '../../../contracts/actions.ts';
import { useT } from '../../app/i18n/index.tsx';
import { emptyStandardItems, type StandardItemsValue } from './formValues.ts';
import { useActionLabel } from './labels.ts';

/** 每月一会的四个标准动作: each ticked, with a short note. */
export function StandardItemsField({
  value,
  onChange,
}: {
  value?: StandardItemsValue;
  onChange?: (v: StandardItemsValue) => void;
}) {
  const t = useT();
  const label = useActionLabel();
  const current = value ?? emptyStandardItems();
  const set = (k: StandardItem, patch: Partial<StandardItemsValue[StandardItem]>) =>
    onChange?.({ ...current, [k]: { ...current[k], ...patch } });
  return (
    <Flex vertical gap={8} data-testid="standard-items">
      {STANDARD_ITEMS.map((k) => (
        <div key={k}>
          <Checkbox
            checked={!!current[k]?.done}
            onChange={(e) => set(k, { done: e.target.checked })}
            data-testid={`standard-item-${k}`}
            style={{ padding: '4px 0' }}
          >
            {label('standardItem', k)}
          </Checkbox>
          {current[k]?.done ? (
            <Input
              value={current[k]?.note ?? ''}
              onChange={(e) => set(k, { note: e.target.value })}
              placeholder={t('record.itemNotePlaceholder')}
              maxLength={500}
              style={{ marginTop: 4 }}
            />
          ) : null}
        </div>
      ))}
    </Flex>
  );
}
