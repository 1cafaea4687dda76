import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { SEED_001_TEMPLATE } from '../../../../contracts/checklist-presets.ts';
import { ApiRequestError } from '../../../app/api/client.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { PageLoading } from '../../../app/PageLoading.tsx';
import { LoadFailed, NotFound } from '../../../app/ResultPages.tsx';
import { useMe } from '../../../app/session.tsx';
import { useCompact } from '../../../app/useCompact.ts';
import { checklistKeys, createTemplate, exportTemplate, fetchTemplate, updateTemplate } from '../api.ts';
import { AssignmentsTab } from './AssignmentsTab.tsx';
import { blankDraft, contentOf, type Draft, draftOf, draftOfPreset } from './draft.ts';
import { type NewTemplateState, presetBody } from './newTemplate.ts';
import { TemplateEditor } from './TemplateEditor.tsx';

/**
 * One checklist template (/checklist-templates/:id): its content in an editor and its
 * assigned units. /checklist-templates/new opens the editor on a blank or example
 * draft (unit, year and name come in the route state) and saves it as a new template.
 */
export default function TemplatePage() {
  const { id } = useParams();
  const location = useLocation();
  const fresh = id === 'new' ? (location.state as NewTemplateState | null) : null;
  if (id === 'new') return fresh ? <NewTemplate state={fresh} /> : <NotFound />;
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? <ExistingTemplate id={n} /> : <NotFound />;
}

function NewTemplate({ state }: { state: NewTemplateState }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() =>
    state.preset ? draftOfPreset(presetBody(SEED_001_TEMPLATE, state.year), state.name) : blankDraft(state.name),
  );
  const save = useMutation({
    mutationFn: () => createTemplate({ unitId: state.unitId, year: state.year, ...contentOf(draft) }),
    onSuccess: (created) => {
      void message.success(t('ckt.created'));
      void qc.invalidateQueries({ queryKey: ['checklist-templates'] });
      navigate(`/checklist-templates/${created.id}`, { replace: true });
    },
    onError: (err) => onError(err),
  });
  return (
    <PageContainer title={`${state.year} · ${t('ckt.newTitle')}`}>
      <TemplateEditor draft={draft} year={state.year} readOnly={false} onChange={setDraft} />
      <SaveBar onSave={() => save.mutate()} saving={save.isPending} />
    </PageContainer>
  );
}

function SaveBar({ onSave, saving }: { onSave: () => void; saving: boolean }) {
  const t = useT();
  return (
    <div style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: 'var(--ant-color-bg-layout)' }}>
      <Button type="primary" block onClick={onSave} loading={saving} data-testid="template-save">
        {t('ckt.save')}
      </Button>
    </div>
  );
}

function ExistingTemplate({ id }: { id: number }) {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: checklistKeys.template(id), queryFn: () => fetchTemplate(id), retry: false });
  const [draft, setDraft] = useState<Draft | null>(null);
  const data = q.data;
  useEffect(() => {
    if (data) setDraft(draftOf(data));
  }, [data]);
  const save = useMutation({
    mutationFn: (d: Draft) => updateTemplate(id, { ...contentOf(d), version: data?.version ?? 0 }),
    onSuccess: (next) => {
      void message.success(t('ckt.saved'));
      qc.setQueryData(checklistKeys.template(id), next);
      void qc.invalidateQueries({ queryKey: ['checklist-templates'] });
    },
    onError: (err) => onError(err, { onStale: () => void q.refetch() }),
  });
  if (q.isPending) return <PageLoading />;
  if (q.isError) {
    if (q.error instanceof ApiRequestError && q.error.status === 404) return <NotFound />;
    return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  }
  const tpl = q.data;
  const canManage = me.permissions.includes('checklists.manage') && tpl.ownerInScope;
  return (
    <PageContainer
      title={`${tpl.year} · ${tpl.name}`}
      subTitle={tpl.unit.name}
      extra={
        <Space wrap>
          <Button onClick={() => void exportTemplate(tpl.id).catch((e: unknown) => onError(e))}>
            {t('ckt.export')}
          </Button>
        </Space>
      }
    >
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          items={[
            {
              key: 'content',
              label: t('ckt.tab.content'),
              children: (
                <div>
                  {!canManage && (
                    <Alert type="info" showIcon message={t('ckt.readOnly')} style={{ marginBottom: 12 }} />
                  )}
                  {draft && <TemplateEditor draft={draft} year={tpl.year} readOnly={!canManage} onChange={setDraft} />}
                  {canManage && draft && <SaveBar onSave={() => save.mutate(draft)} saving={save.isPending} />}
                </div>
              ),
            },
            {
              key: 'assign',
              label: `${t('ckt.tab.assign')} (${tpl.assignments.length})`,
              children: (
                <AssignmentsTab
                  template={tpl}
                  canManage={me.permissions.includes('checklists.manage')}
                  onChanged={() => void q.refetch()}
                />
              ),
            },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
