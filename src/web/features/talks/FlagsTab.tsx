import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FLAG_KINDS, type Flag, type FlagKind } from '../../../contracts/talks.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { FormModal } from '../../app/FormModal.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useMe } from '../../app/session.tsx';
import { PersonSelect } from '../people/PersonSelect.tsx';
import { PastDatePicker } from '../projects/work/PastDatePicker.tsx';
import { clearFlag, createFlag, fetchFlags, talkKeys } from './api.ts';

interface FlagValues {
  kind: FlagKind;
  note: string;
  raisedOn: Dayjs;
}

/** 情况登记: a person's flags (disciplinary, hardship, warning); entering one raises a due talk. */
export function FlagsTab() {
  const t = useT();
  const me = useMe();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const canRecord = me.permissions.includes('talks.record');
  const [personId, setPersonId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: talkKeys.flags(personId ?? 0),
    queryFn: () => fetchFlags(personId as number),
    enabled: personId !== null,
  });
  const today = dayjs().format('YYYY-MM-DD');
  const clear = useMutation({
    mutationFn: (f: Flag) => clearFlag(f.id, { clearedOn: today, version: f.version }),
    onSuccess: () => {
      void message.success(t('talk.flag.cleared'));
      void qc.invalidateQueries({ queryKey: talkKeys.all });
    },
    onError: (err) => onError(err, { onStale: () => void query.refetch() }),
  });

  const columns: ColumnsType<Flag> = [
    { title: t('talk.flag.kind'), render: (_, f) => t(`talk.reason.${f.kind}`), fixed: 'left' },
    {
      title: t('talk.flag.note'),
      dataIndex: 'note',
      render: (note: string) => (
        <span style={{ whiteSpace: 'pre-wrap', display: 'inline-block', maxWidth: 360 }}>{note}</span>
      ),
    },
    { title: t('talk.flag.raisedOn'), dataIndex: 'raisedOn' },
    { title: t('talk.flag.raisedBy'), dataIndex: ['raisedBy', 'name'] },
    {
      title: t('talk.flag.clearedOn'),
      render: (_, f) => f.clearedOn ?? <Tag color="warning">{t('talk.flag.active')}</Tag>,
    },
    {
      title: t('common.actions'),
      render: (_, f) =>
        f.clearedOn || !canRecord ? null : (
          <Popconfirm title={t('talk.flag.clearConfirm', { today })} onConfirm={() => clear.mutate(f)}>
            <Button size="small" loading={clear.isPending && clear.variables?.id === f.id}>
              {t('talk.flag.clear')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('talk.flag.hint')}</Typography.Text>
      <Flex wrap gap={8} align="center">
        <div style={{ width: 280, maxWidth: '100%' }} data-testid="flag-person">
          <PersonSelect value={personId} onChange={setPersonId} />
        </div>
        {canRecord && personId !== null ? (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="flag-add">
            {t('talk.flag.add')}
          </Button>
        ) : null}
      </Flex>
      {personId === null ? (
        <Empty description={t('talk.flag.pickPerson')} />
      ) : query.isError && !query.data ? (
        <LoadFailed error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Table<Flag>
          data-testid="flag-table"
          rowKey="id"
          size="small"
          loading={query.isFetching}
          columns={columns}
          dataSource={query.data ?? []}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: t('talk.flag.empty') }}
        />
      )}
      {adding && personId !== null ? (
        <FormModal<FlagValues, unknown>
          title={t('talk.flag.add')}
          okText={t('common.save')}
          initialValues={{ raisedOn: dayjs() }}
          submit={(v) =>
            createFlag({ personId, kind: v.kind, note: v.note, raisedOn: v.raisedOn.format('YYYY-MM-DD') })
          }
          onDone={() => {
            void message.success({ content: t('talk.flag.saved'), duration: 6 });
            void qc.invalidateQueries({ queryKey: talkKeys.all });
            setAdding(false);
          }}
          onClose={() => setAdding(false)}
          errors={{ fields: ['kind', 'note', 'raisedOn'] }}
        >
          <Form.Item name="kind" label={t('talk.flag.kind')} rules={[{ required: true }]}>
            <Select<FlagKind> options={FLAG_KINDS.map((k) => ({ value: k, label: t(`talk.reason.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('talk.flag.note')}
            rules={[{ required: true, whitespace: true }, { max: 2000 }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Form.Item name="raisedOn" label={t('talk.flag.raisedOn')} rules={[{ required: true }]}>
            <PastDatePicker />
          </Form.Item>
        </FormModal>
      ) : null}
    </Flex>
  );
}
