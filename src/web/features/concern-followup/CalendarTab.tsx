import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Popconfirm, Radio, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CalendarDay } from '../../../contracts/concern-config.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { deleteCalendarDay, fetchCalendar, followUpKeys, putCalendarDay } from './api.ts';

interface Values {
  day: Dayjs;
  working: boolean;
  note?: string;
}

/**
 * 工作日历: Monday to Friday are working days; this lists the exceptions of a
 * year (public holidays, and the weekend days worked in exchange), which SLAs
 * counted in working days skip or count.
 */
export function CalendarTab() {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [form] = Form.useForm<Values>();
  const days = useQuery({ queryKey: followUpKeys.calendar(year), queryFn: () => fetchCalendar(year) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['working-calendar'] });
  const put = useMutation({
    mutationFn: (v: Values) =>
      putCalendarDay({ day: v.day.format('YYYY-MM-DD'), working: v.working, note: v.note?.trim() ? v.note : null }),
    onSuccess: (d) => {
      void message.success(t('concernSettings.cal.added', { day: d.day }));
      form.resetFields(['day', 'note']);
      void refresh();
    },
    onError: (err) => onError(err, { form, fields: ['day', 'working', 'note'], onStale: () => void refresh() }),
  });
  const remove = useMutation({
    mutationFn: deleteCalendarDay,
    onSuccess: () => void refresh(),
    onError: (err) => onError(err),
  });
  const weekday = (d: string) => dayjs(d).format('ddd');
  return (
    <Flex vertical gap={12}>
      <Alert type="info" showIcon message={t('concernSettings.cal.explain')} />
      <Flex wrap gap={8} align="center">
        <Select<number>
          value={year}
          onChange={setYear}
          options={Array.from({ length: 5 }, (_, i) => thisYear + 1 - i).map((y) => ({
            value: y,
            label: t('period.year', { year: y }),
          }))}
          style={{ width: 110 }}
          aria-label={t('concernSettings.cal.year')}
        />
      </Flex>
      <Form<Values>
        form={form}
        layout="inline"
        initialValues={{ working: false }}
        onFinish={(v) => put.mutate(v)}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="day" rules={[{ required: true, message: t('followUp.required') }]}>
          <DatePicker inputReadOnly placeholder={t('concernSettings.cal.day')} />
        </Form.Item>
        <Form.Item name="working">
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('concernSettings.cal.holiday') },
              { value: true, label: t('concernSettings.cal.working') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" rules={[{ max: 100 }]}>
          <Input placeholder={t('concernSettings.cal.notePlaceholder')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={put.isPending}>
            {t('concernSettings.cal.add')}
          </Button>
        </Form.Item>
      </Form>
      {days.isError && !days.data ? (
        <LoadFailed error={days.error} onRetry={() => void days.refetch()} />
      ) : (
        <Table<CalendarDay>
          rowKey="day"
          size="small"
          loading={days.isFetching || remove.isPending}
          dataSource={days.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('concernSettings.cal.empty', { year }) }}
          data-testid="calendar-table"
          columns={[
            { title: t('concernSettings.cal.day'), key: 'day', render: (_, d) => `${d.day} ${weekday(d.day)}` },
            {
              title: t('concernSettings.cal.type'),
              key: 'working',
              render: (_, d) =>
                d.working ? (
                  <Tag color="blue">{t('concernSettings.cal.working')}</Tag>
                ) : (
                  <Tag color="red">{t('concernSettings.cal.holiday')}</Tag>
                ),
            },
            { title: t('concernSettings.cal.note'), key: 'note', render: (_, d) => d.note ?? '—' },
            {
              title: t('common.actions'),
              key: 'actions',
              fixed: 'right',
              render: (_, d) => (
                <Popconfirm
                  title={t('concernSettings.cal.removeConfirm', { day: d.day })}
                  onConfirm={() => remove.mutate(d.day)}
                >
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('followUp.remove')}
                    title={t('followUp.remove')}
                  />
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}
