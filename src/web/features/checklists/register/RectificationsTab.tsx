import { useQuery } from '@tanstack/react-query';
import { App, Button, DatePicker, Empty, Form, Input, Segmented, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Rectification } from '../../../../contracts/checklist-register.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { closeRectification, fetchRectifications, registerKeys } from './api.ts';
import { FindingTag } from './FindingTag.tsx';

/** 整改跟踪: the findings to rectify (open, overdue flagged) or rectified, and the close action. */
export function RectificationsTab({ templateId }: { templateId: number | undefined }) {
  const t = useT();
  const me = useMe();
  const [open, setOpen] = useState(true);
  const [closing, setClosing] = useState<Rectification | null>(null);
  const list = useQuery({
    queryKey: registerKeys.rectifications(templateId, open),
    queryFn: () => fetchRectifications(templateId, open),
    enabled: templateId !== undefined,
  });
  const canClose = me.permissions.includes('checklists.register') || me.permissions.includes('checklists.inspect');
  if (templateId === undefined) return <Empty description={t('clr.noTemplate')} />;
  if (list.isError) return <LoadFailed error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented<boolean>
        value={open}
        onChange={setOpen}
        options={[
          { value: true, label: t('clr.rect.open') },
          { value: false, label: t('clr.rect.closed') },
        ]}
      />
      <Table<Rectification>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('clr.rect.empty') }}
        columns={[
          { title: t('clr.unit'), render: (_, r) => r.assignment.unit.name },
          {
            title: t('clr.rect.item'),
            render: (_, r) => (
              <Space size={4} wrap>
                <span>
                  {r.item.ordinal}. {r.item.title}
                </span>
                <FindingTag finding={r.finding} />
              </Space>
            ),
          },
          { title: t('clr.inspection.quarter'), render: (_, r) => t('clr.quarter', { q: r.inspection.quarter }) },
          { title: t('clr.inspection.owner'), render: (_, r) => r.rectifyOwner?.name ?? '—' },
          {
            title: t('clr.inspection.due'),
            render: (_, r) => (
              <Space size={4}>
                <span>{r.rectifyDue}</span>
                {r.overdue ? <Tag color="red">{t('clr.rect.overdue')}</Tag> : null}
              </Space>
            ),
          },
          open
            ? {
                title: t('common.actions'),
                render: (_, r) =>
                  canClose ? (
                    <Button size="small" type="link" data-testid="rectify-close" onClick={() => setClosing(r)}>
                      {t('clr.rect.close')}
                    </Button>
                  ) : null,
              }
            : { title: t('clr.rect.rectifiedNote'), render: (_, r) => `${r.rectifiedOn} ${r.rectifiedNote ?? ''}` },
        ]}
      />
      {closing ? (
        <CloseModal
          r={closing}
          onClose={() => setClosing(null)}
          onDone={() => {
            setClosing(null);
            void list.refetch();
          }}
        />
      ) : null}
    </Space>
  );
}

function CloseModal({ r, onClose, onDone }: { r: Rectification; onClose(): void; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  return (
    <FormModal<{ rectifiedOn: Dayjs; rectifiedNote: string }, Rectification>
      title={`${t('clr.rect.close')} · ${r.assignment.unit.name} · ${r.item.title}`}
      okText={t('common.save')}
      initialValues={{ rectifiedOn: dayjs() }}
      submit={(v) =>
        closeRectification(r.id, {
          rectifiedOn: v.rectifiedOn.format('YYYY-MM-DD'),
          rectifiedNote: v.rectifiedNote,
          version: r.version,
        })
      }
      onDone={() => {
        message.success(t('clr.rect.closed.saved'));
        onDone();
      }}
      onClose={onClose}
      errors={{ fields: ['rectifiedOn', 'rectifiedNote'], onStale: onDone }}
    >
      <Form.Item name="rectifiedOn" label={t('clr.rect.rectifiedOn')} rules={[{ required: true }]}>
        <DatePicker
          inputReadOnly
          allowClear={false}
          style={{ width: '100%' }}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item name="rectifiedNote" label={t('clr.rect.rectifiedNote')} rules={[{ required: true }, { max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}
