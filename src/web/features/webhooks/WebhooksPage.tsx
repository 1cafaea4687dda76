import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Webhook, webhookListQuery } from '../../../contracts/webhooks.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useUrlFilters } from '../../app/useUrlFilters.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { deleteWebhook, fetchWebhooks, testWebhook, webhookKeys } from './api.ts';
import { DeliveryDrawer } from './DeliveryDrawer.tsx';
import { attemptSummary, STATUS_COLORS } from './labels.ts';
import { RobotFormModal } from './RobotFormModal.tsx';

const FILTER_KEYS = ['unitId'] as const;

/** 群机器人: the robots of a unit's subtree, create / edit / delete, 测试 and the delivery log. */
export default function WebhooksPage() {
  const t = useT();
  const compact = useCompact();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const [filters, setFilters] = useUrlFilters(webhookListQuery.shape, FILTER_KEYS);
  const unitId = filters.unitId;
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [logOf, setLogOf] = useState<Webhook | null>(null);
  const list = useQuery({ queryKey: webhookKeys.list(unitId), queryFn: () => fetchWebhooks(unitId) });
  const reload = () => void qc.invalidateQueries({ queryKey: webhookKeys.all });
  const remove = useMutation({
    mutationFn: (w: Webhook) => deleteWebhook(w.id, w.version),
    onSuccess: () => {
      void message.success(t('wh.deleted'));
      reload();
    },
    onError: (err) => onError(err, { onStale: reload }),
  });
  const test = useMutation({
    mutationFn: (w: Webhook) => testWebhook(w.id),
    onSuccess: (d) => {
      reload();
      const last = d.log.at(-1);
      const detail = last ? attemptSummary(last, t('wh.noAnswer')) : '';
      const content = (
        <Flex vertical gap={4} data-testid="robot-test-result">
          <span>{detail}</span>
          {d.lastError && (
            <Typography.Text type="danger" style={{ wordBreak: 'break-word' }}>
              {d.lastError}
            </Typography.Text>
          )}
        </Flex>
      );
      if (d.status === 'sent') modal.success({ title: t('wh.testSent'), content });
      else modal.error({ title: t('wh.testFailed'), content });
    },
    onError: (err) => onError(err),
  });

  const actions = (w: Webhook) => (
    <Flex gap={0} wrap>
      <Button
        size="small"
        type="link"
        loading={test.isPending && test.variables?.id === w.id}
        onClick={() => test.mutate(w)}
        data-testid="robot-test"
      >
        {t('wh.test')}
      </Button>
      <Button size="small" type="link" onClick={() => setLogOf(w)} data-testid="robot-log">
        {t('wh.log')}
      </Button>
      <Button size="small" type="link" onClick={() => setEditing(w)} data-testid="robot-edit">
        {t('wh.edit')}
      </Button>
      <Button
        size="small"
        type="link"
        danger
        onClick={() =>
          modal.confirm({
            title: t('wh.delete'),
            content: t('wh.deleteConfirm', { name: w.name }),
            okButtonProps: { danger: true },
            onOk: () => remove.mutateAsync(w).catch(() => undefined),
          })
        }
      >
        {t('wh.delete')}
      </Button>
    </Flex>
  );

  const newButton = (
    <Button type="primary" onClick={() => setEditing('new')} data-testid="robot-new">
      {t('wh.new')}
    </Button>
  );
  return (
    <PageContainer title={t('menu.webhooks')} extra={compact ? undefined : newButton}>
      <Alert type="info" showIcon message={t('wh.intro')} style={{ marginBottom: 12 }} />
      <Card styles={{ body: compact ? { paddingInline: 12 } : {} }}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <UnitTreeSelect
            value={unitId ?? null}
            onChange={(id) => setFilters({ unitId: id ?? undefined })}
            placeholder={t('wh.unitAll')}
            style={{ width: compact ? '100%' : 260, maxWidth: '100%' }}
          />
          {compact && newButton}
        </Flex>
        {list.isError && !list.data ? (
          <LoadFailed error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<Webhook>
            rowKey="id"
            size="small"
            loading={list.isPending}
            dataSource={list.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('wh.empty') }}
            data-testid="robot-table"
            columns={[
              { title: t('wh.name'), dataIndex: 'name' },
              { title: t('wh.kind'), render: (_, w) => <Tag>{t(`wh.kind.${w.kind}`)}</Tag> },
              { title: t('wh.unit'), render: (_, w) => w.unit.name },
              {
                title: t('wh.kinds'),
                render: (_, w) =>
                  w.kinds.length === 0 ? (
                    t('wh.kindsAll')
                  ) : (
                    <Flex gap={4} wrap style={{ maxWidth: 260 }}>
                      {w.kinds.map((k) => (
                        <Tag key={k}>{t(`wh.nkind.${k}`)}</Tag>
                      ))}
                    </Flex>
                  ),
              },
              {
                title: t('wh.enabled'),
                render: (_, w) => (
                  <Tag color={w.enabled ? 'green' : 'default'}>{w.enabled ? t('wh.on') : t('wh.off')}</Tag>
                ),
              },
              {
                title: t('wh.last'),
                render: (_, w) =>
                  w.lastDelivery ? (
                    <Flex vertical gap={2}>
                      <span>
                        <Tag color={STATUS_COLORS[w.lastDelivery.status]}>
                          {t(`wh.status.${w.lastDelivery.status}`)}
                        </Tag>
                        {w.lastDelivery.statusCode ?? ''}
                      </span>
                      <Typography.Text type="secondary">{formatDateTime(w.lastDelivery.at)}</Typography.Text>
                    </Flex>
                  ) : (
                    <Typography.Text type="secondary">{t('wh.never')}</Typography.Text>
                  ),
              },
              { title: t('common.actions'), render: (_, w) => actions(w) },
            ]}
          />
        )}
      </Card>
      {editing && (
        <RobotFormModal
          {...(editing === 'new' ? { unitId } : { robot: editing })}
          onClose={() => setEditing(null)}
          onDone={() => {
            void message.success(editing === 'new' ? t('wh.created') : t('wh.saved'));
            setEditing(null);
            reload();
          }}
        />
      )}
      {logOf && <DeliveryDrawer robot={logOf} onClose={() => setLogOf(null)} />}
    </PageContainer>
  );
}
