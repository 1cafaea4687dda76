import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/**
 * A date that has happened (done, measured, occurred): no later day can be picked,
 * as the server refuses future dates. Form.Item passes value and onChange.
 */
export function PastDatePicker(props: { value?: Dayjs; onChange?: (d: Dayjs) => void }) {
  const today = dayjs();
  return (
    <DatePicker
      {...props}
      inputReadOnly
      allowClear={false}
      style={{ width: '100%' }}
      disabledDate={(d) => d.isAfter(today, 'day')}
    />
  );
}
