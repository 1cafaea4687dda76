import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Radio, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  type NotificationMode,
  type NotificationPreferences,
  REMINDER_KINDS,
  type ReminderKind,
} from '../../../contracts/notifications.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { fetchPreferences, notificationKeys, savePreferences } from './api.ts';

/** 提醒设置: a switch per reminder kind, and one by one or a daily digest. */
export function PreferencesTab() {
  const query = useQuery({ queryKey: notificationKeys.preferences, queryFn: fetchPreferences });
  if (query.isError && !query.data) return <LoadFailed error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoading />;
  return <PreferencesForm saved={query.data} />;
}

function PreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const t = useT();
  const qc = useQueryClient();
  const onError = useApiErrorHandler();
  const { message } = App.useApp();
  const [muted, setMuted] = useState<ReminderKind[]>(saved.mutedKinds);
  const [mode, setMode] = useState<NotificationMode>(saved.mode);
  useEffect(() => {
    setMuted(saved.mutedKinds);
    setMode(saved.mode);
  }, [saved]);
  const save = useMutation({
    mutationFn: () => savePreferences({ mutedKinds: muted, mode, version: saved.version }),
    onSuccess: (next) => {
      qc.setQueryData(notificationKeys.preferences, next);
      void message.success(t('notifications.settings.saved'));
    },
    onError: (e) =>
      onError(e, { onStale: () => void qc.invalidateQueries({ queryKey: notificationKeys.preferences }) }),
  });
  const toggle = (kind: ReminderKind, on: boolean) =>
    setMuted((m) => (on ? m.filter((k) => k !== kind) : [...m.filter((k) => k !== kind), kind]));
  return (
    <Flex vertical gap={12}>
      <Card size="small" title={t('notifications.settings.kinds')}>
        <Typography.Paragraph type="secondary">{t('notifications.settings.kindsHint')}</Typography.Paragraph>
        <Flex vertical gap={10}>
          {REMINDER_KINDS.map((kind) => (
            <Flex key={kind} gap={12} align="center" justify="space-between">
              <span style={{ minWidth: 0 }}>{t(`notifications.kind.${kind}`)}</span>
              <Switch
                checked={!muted.includes(kind)}
                onChange={(on) => toggle(kind, on)}
                aria-label={t(`notifications.kind.${kind}`)}
                data-testid={`pref-${kind}`}
              />
            </Flex>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t('notifications.settings.mode')}>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as NotificationMode)}>
          <Radio value="immediate">{t('notifications.settings.immediate')}</Radio>
          <Radio value="digest">{t('notifications.settings.digest')}</Radio>
        </Radio.Group>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('notifications.settings.modeHint')}
        </Typography.Paragraph>
      </Card>
      <div>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate()} data-testid="pref-save">
          {t('common.save')}
        </Button>
      </div>
    </Flex>
  );
}
