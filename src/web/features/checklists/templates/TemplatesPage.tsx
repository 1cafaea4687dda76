import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SEED_001_NAME } from '../../../../contracts/checklist-presets.ts';
import type { ChecklistTemplateSummary } from '../../../../contracts/checklists.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { LoadFailed } from '../../../app/ResultPages.tsx';
import { useCompact } from '../../../app/useCompact.ts';
import { checklistKeys, exportTemplate, fetchTemplates } from '../api.ts';
import { ImportModal } from './ImportModal.tsx';
import { CopyTemplateModal, NewTemplateModal } from './TemplateModals.tsx';

type Dialog = 'new' | 'preset' | 'copy' | 'import' | null;

/** 清单模板: the templates by year with their figures; create, copy a year, import and export. */
export default function TemplatesPage() {
  const t = useT();
  const compact = useCompact();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [year, setYear] = useState<number | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const all = useQuery({ queryKey: checklistKeys.templates({}), queryFn: () => fetchTemplates({}) });
  const thisYear = new Date().getFullYear();
  const years = [...new Set([thisYear + 1, thisYear, ...(all.data?.items ?? []).map((x) => x.year)])].sort(
    (a, b) => b - a,
  );
  const items = (all.data?.items ?? []).filter((x) => year === undefined || x.year === year);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['checklist-templates'] });
  if (all.isError) return <LoadFailed error={all.error} onRetry={() => void all.refetch()} />;
  return (
    <PageContainer title={t('menu.checklistTemplates')}>
      <Card styles={{ body: compact ? { paddingInline: 12 } : {} }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<number | undefined>
            style={{ width: 120 }}
            value={year}
            onChange={setYear}
            allowClear
            placeholder={t('ckt.allYears')}
            aria-label={t('ckt.year')}
            options={years.map((y) => ({ value: y, label: String(y) }))}
          />
          <Button type="primary" onClick={() => setDialog('new')} data-testid="template-new">
            {t('ckt.new')}
          </Button>
          <Button onClick={() => setDialog('preset')} data-testid="template-preset">
            {t('ckt.newFromPreset')}
          </Button>
          <Button onClick={() => setDialog('copy')} disabled={!all.data?.items.length} data-testid="template-copy">
            {t('ckt.copy')}
          </Button>
          <Button onClick={() => setDialog('import')} data-testid="template-import">
            {t('ckt.import')}
          </Button>
        </Space>
        <Table<ChecklistTemplateSummary>
          rowKey="id"
          size="small"
          loading={all.isPending}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('ckt.empty') }}
          columns={[
            { title: t('ckt.year'), dataIndex: 'year', width: 70 },
            {
              title: t('ckt.name'),
              render: (_, x) => <Link to={`/checklist-templates/${x.id}`}>{x.name}</Link>,
            },
            { title: t('ckt.unit'), render: (_, x) => x.unit.name },
            { title: t('ckt.items'), dataIndex: 'itemCount', align: 'right' },
            { title: t('ckt.totalWeight'), dataIndex: 'totalWeight', align: 'right' },
            { title: t('ckt.assignments'), dataIndex: 'assignmentCount', align: 'right' },
            {
              title: t('common.actions'),
              render: (_, x) => (
                <Button
                  size="small"
                  data-testid="template-export"
                  onClick={() => void exportTemplate(x.id).catch((e: unknown) => onError(e))}
                >
                  {t('ckt.export')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {(dialog === 'new' || dialog === 'preset') && (
        <NewTemplateModal
          preset={dialog === 'preset'}
          year={year ?? thisYear}
          defaultName={dialog === 'preset' ? SEED_001_NAME : ''}
          onClose={() => setDialog(null)}
          onNext={(state) => navigate('/checklist-templates/new', { state })}
        />
      )}
      {dialog === 'copy' && (
        <CopyTemplateModal
          templates={all.data?.items ?? []}
          onClose={() => setDialog(null)}
          onDone={(created) => {
            void message.success(t('ckt.copyOk'));
            refresh();
            navigate(`/checklist-templates/${created.id}`);
          }}
        />
      )}
      {dialog === 'import' && (
        <ImportModal
          year={year ?? thisYear}
          onClose={() => setDialog(null)}
          onDone={(id) => {
            void message.success(t('ckt.imported'));
            refresh();
            navigate(`/checklist-templates/${id}`);
          }}
        />
      )}
    </PageContainer>
  );
}
