import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Empty, List, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Register } from '../../../../contracts/checklist-register.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { formatDate, formatFileSize } from '../../../app/format.ts';
import { type Translate, useT } from '../../../app/i18n/index.tsx';
import { useMe } from '../../../app/session.tsx';
import { useCompact } from '../../../app/useCompact.ts';
import { deleteEntry, downloadEntryAttachment, fetchRegister, registerKeys } from './api.ts';
import { EntryFormModal } from './EntryFormModal.tsx';
import { FindingTag } from './FindingTag.tsx';
import { cadenceLabel, roleLabel, targetLabel } from './labels.ts';

/**
 * 完成进度登记簿 of one (assignment, item): the item and its target (with what the
 * system counts, so nobody types a number it knows), the completions registered
 * with their evidence, and the inspections' findings. Opens when both ids are set.
 */
export function RegisterDrawer(props: {
  assignmentId: number | null;
  itemId: number | null;
  onClose(): void;
  onChanged?(): void;
}) {
  const { assignmentId, itemId } = props;
  const open = assignmentId !== null && itemId !== null;
  const t = useT();
  const compact = useCompact();
  const me = useMe();
  const query = useQuery({
    queryKey: registerKeys.register(assignmentId ?? 0, itemId ?? 0),
    queryFn: () => fetchRegister(assignmentId!, itemId!),
    enabled: open,
  });
  const [adding, setAdding] = useState(false);
  const canRegister = me.permissions.includes('checklists.register');
  const data = query.data;
  return (
    <Drawer
      open={open}
      onClose={props.onClose}
      width={compact ? '100%' : 640}
      title={data ? `${data.item.ordinal}. ${data.item.title}` : t('clr.drawer.title')}
      extra={
        canRegister && data ? (
          <Button type="primary" data-testid="register-add" onClick={() => setAdding(true)}>
            {t('clr.add')}
          </Button>
        ) : null
      }
      destroyOnHidden
    >
      {query.isLoading || !data ? (
        <Spin />
      ) : (
        <RegisterBody
          data={data}
          onChanged={() => {
            void query.refetch();
            props.onChanged?.();
          }}
        />
      )}
      {adding && data ? (
        <EntryFormModal
          register={data}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            void query.refetch();
            props.onChanged?.();
          }}
        />
      ) : null}
    </Drawer>
  );
}

function ItemHeader({ data, t }: { data: Register; t: Translate }) {
  const { item, measured, assignment } = data;
  const target = targetLabel(t, item);
  return (
    <Descriptions size="small" column={1} bordered={false}>
      <Descriptions.Item label={t('clr.unit')}>
        {assignment.unit.name} · {assignment.year}
      </Descriptions.Item>
      <Descriptions.Item label={t('clr.item.responsible')}>{roleLabel(t, item.responsibleRole)}</Descriptions.Item>
      {item.assessmentContent ? (
        <Descriptions.Item label={t('clr.item.content')}>{item.assessmentContent}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label={item.deadline ? t('clr.item.deadline') : t('clr.item.cadence')}>
        {item.deadline ?? cadenceLabel(t, item.cadence)}
      </Descriptions.Item>
      <Descriptions.Item label={t('clr.item.weight')}>{item.weight}</Descriptions.Item>
      {target ? (
        <Descriptions.Item label={t('clr.item.target')}>
          {measured !== null ? (
            <Typography.Text strong data-testid="register-measured">
              {t(item.measure === 'manual' ? 'clr.item.registered' : 'clr.item.measured', {
                measured,
                target,
              })}
            </Typography.Text>
          ) : (
            target
          )}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

function RegisterBody({ data, onChanged }: { data: Register; onChanged(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: deleteEntry,
    onSuccess: () => {
      message.success(t('clr.entry.deleted'));
      void queryClient.invalidateQueries({ queryKey: registerKeys.all });
      onChanged();
    },
    onError: (err) => onError(err),
  });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <ItemHeader data={data} t={t} />
      <div>
        <Typography.Title level={5}>{t('clr.entries')}</Typography.Title>
        {data.entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clr.entries.empty')} />
        ) : (
          <List
            dataSource={data.entries}
            renderItem={(e) => (
              <List.Item
                key={e.id}
                data-testid="register-entry"
                actions={
                  e.canDelete
                    ? [
                        <Popconfirm
                          key="del"
                          title={t('clr.entry.deleteConfirm')}
                          onConfirm={() => remove.mutate(e.id)}
                        >
                          <Button size="small" danger type="link">
                            {t('clr.entry.delete')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span>{e.completedOn}</span>
                      {e.quantity !== null ? (
                        <Tag>
                          {t('clr.entry.quantity')} {e.quantity}
                        </Tag>
                      ) : null}
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={2} style={{ width: '100%' }}>
                      <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
                        {e.evidence}
                      </Typography.Paragraph>
                      {e.record ? (
                        <Typography.Text type="secondary">
                          {t('clr.entry.record')}：
                          <a href={`/records/${e.record.id}`}>
                            {e.record.title} · {formatDate(e.record.occurredAt)}
                          </a>
                        </Typography.Text>
                      ) : null}
                      {e.attachments.map((a) => (
                        <Button
                          key={a.id}
                          type="link"
                          size="small"
                          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                          onClick={() => void downloadEntryAttachment(a.id, a.fileName)}
                        >
                          {a.fileName} ({formatFileSize(a.sizeBytes)})
                        </Button>
                      ))}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('clr.entry.by')} {e.registeredBy.name}
                      </Typography.Text>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </div>
      <div>
        <Typography.Title level={5}>{t('clr.findings')}</Typography.Title>
        {data.findings.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clr.findings.empty')} />
        ) : (
          <List
            dataSource={data.findings}
            renderItem={(f) => (
              <List.Item key={f.inspectionId}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span>{t('clr.quarter', { q: f.quarter })}</span>
                      <span>{f.inspectedOn}</span>
                      <FindingTag finding={f.finding} />
                    </Space>
                  }
                  description={f.note}
                />
              </List.Item>
            )}
          />
        )}
      </div>
    </Space>
  );
}
