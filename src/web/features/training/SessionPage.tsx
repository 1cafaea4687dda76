import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { SessionDetail } from '../../../contracts/training.ts';
import { ApiRequestError } from '../../app/api/client.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { linkBreadcrumb } from '../../app/breadcrumb.tsx';
import { Facts } from '../../app/Facts.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed, NotFound } from '../../app/ResultPages.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useTabParam } from '../../app/useTabParam.ts';
import { deleteSession, fetchSession, trainingKeys } from './api.ts';
import { EnrolmentsTab } from './EnrolmentsTab.tsx';
import { dateRange, formatHours } from './labels.ts';
import { MaterialsTab } from './MaterialsTab.tsx';
import { SessionCounts } from './SessionCounts.tsx';
import { SessionFormModal } from './SessionFormModal.tsx';
import { SignInTab } from './SignInTab.tsx';
import { CentralizedTag, MethodTag } from './Tags.tsx';

const TABS = ['enrolments', 'signIn', 'materials'] as const;

/** The facts of a session: organizer, program, dates, place, hours, audience, content. */
function SessionFacts({ s }: { s: SessionDetail }) {
  const t = useT();
  return (
    <Facts
      items={[
        { key: 'unit', label: t('trn.form.unit'), children: s.unit.name },
        { key: 'program', label: t('trn.form.program'), children: s.program?.name ?? t('trn.program.none') },
        { key: 'dates', label: t('trn.list.dates'), children: dateRange(s.startsOn, s.endsOn) },
        { key: 'method', label: t('trn.form.method'), children: t(`trn.method.${s.method}`) },
        {
          key: 'place',
          label: t('trn.form.placeKind'),
          children: s.placeName ? `${t(`trn.place.${s.placeKind}`)} · ${s.placeName}` : t(`trn.place.${s.placeKind}`),
        },
        { key: 'hours', label: t('trn.form.creditHours'), children: formatHours(s.creditHours) },
        {
          key: 'audience',
          label: t('trn.form.audience'),
          children: t('trn.session.audienceValue', {
            audience: t(`trn.audience.${s.audience}`),
            unit: s.audienceUnit.name,
          }),
        },
        { key: 'counts', label: t('trn.list.rate'), children: <SessionCounts counts={s.counts} /> },
        ...(s.description
          ? [
              {
                key: 'description',
                label: t('trn.form.description'),
                span: 2,
                children: <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{s.description}</span>,
              },
            ]
          : []),
      ]}
    />
  );
}

/** 培训班次: its facts (edit / delete for managers), 学员与签到, 签到表导入 and 课件资料. */
export default function SessionPage() {
  const t = useT();
  const compact = useCompact();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const id = Number(useParams().id);
  const [tab, setTab] = useTabParam(TABS);
  const [editing, setEditing] = useState(false);
  const valid = Number.isInteger(id) && id > 0;
  const session = useQuery({ queryKey: trainingKeys.session(id), queryFn: () => fetchSession(id), enabled: valid });
  const reload = () => void qc.invalidateQueries({ queryKey: trainingKeys.all });
  const remove = useMutation({
    mutationFn: (s: SessionDetail) => deleteSession(s.id, s.version),
    onSuccess: () => {
      void message.success(t('trn.session.deleted'));
      void qc.invalidateQueries({ queryKey: trainingKeys.all });
      navigate('/training');
    },
    onError: (err) => onError(err, { onStale: reload }),
  });
  if (!valid) return <NotFound />;
  if (session.isPending) return <PageLoading />;
  if (session.isError) {
    if (session.error instanceof ApiRequestError && session.error.status === 404) return <NotFound />;
    return <LoadFailed error={session.error} onRetry={() => void session.refetch()} />;
  }
  const s = session.data;
  const actions = s.can.manage ? (
    <Flex gap={8} wrap key="actions">
      <Button onClick={() => setEditing(true)} data-testid="session-edit">
        {t('trn.session.edit')}
      </Button>
      <Button
        danger
        data-testid="session-delete"
        loading={remove.isPending}
        onClick={() =>
          modal.confirm({
            title: t('trn.session.delete'),
            content: t('trn.session.deleteConfirm', { title: s.title }),
            okButtonProps: { danger: true },
            onOk: () => remove.mutateAsync(s).catch(() => undefined),
          })
        }
      >
        {t('trn.session.delete')}
      </Button>
    </Flex>
  ) : null;
  return (
    <PageContainer
      title={<span style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>{s.title}</span>}
      breadcrumb={linkBreadcrumb([{ title: t('menu.training'), to: '/training' }, { title: s.title }])}
      extra={compact ? undefined : actions}
    >
      <Card styles={{ body: compact ? { paddingInline: 12 } : {} }} style={{ marginBottom: 12 }}>
        <Flex vertical gap={12}>
          <Flex gap={6} wrap align="center">
            <Tag>{dateRange(s.startsOn, s.endsOn)}</Tag>
            <MethodTag method={s.method} />
            <CentralizedTag centralized={s.centralized} />
            <Typography.Text type="secondary">· {s.unit.name}</Typography.Text>
          </Flex>
          <SessionFacts s={s} />
          {compact && actions}
        </Flex>
      </Card>
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'enrolments', label: t('trn.tab.enrolments'), children: <EnrolmentsTab session={s} /> },
            { key: 'signIn', label: t('trn.tab.signIn'), children: <SignInTab session={s} /> },
            {
              key: 'materials',
              label: `${t('trn.tab.materials')}${s.materials.length ? ` (${s.materials.length})` : ''}`,
              children: <MaterialsTab session={s} />,
            },
          ]}
        />
      </Card>
      {editing && (
        <SessionFormModal
          session={s}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            void message.success(t('trn.session.saved'));
            reload();
          }}
        />
      )}
    </PageContainer>
  );
}
