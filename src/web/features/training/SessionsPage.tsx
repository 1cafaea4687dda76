import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { sessionListQuery, TRAINING_METHODS } from '../../../contracts/training.ts';
import { FilterPanel } from '../../app/FilterPanel.tsx';
import { useT } from '../../app/i18n/index.tsx';
import { useMe } from '../../app/session.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { useListFilters } from '../../app/useUrlFilters.ts';
import { UnitTreeSelect } from '../units/UnitTreeSelect.tsx';
import { fetchPrograms, trainingKeys } from './api.ts';
import { yearOptions } from './labels.ts';
import { ProgramFormModal } from './ProgramFormModal.tsx';
import { ProgramsTab } from './ProgramsTab.tsx';
import { SessionFormModal } from './SessionFormModal.tsx';
import { SessionsTab } from './SessionsTab.tsx';

const FILTER_KEYS = ['year', 'unitId', 'programId', 'method'] as const;
const TABS = ['sessions', 'programs'] as const;
type TabKey = (typeof TABS)[number];

/** 培训学时: the sessions (filters year / unit / program / method) and the programs; links to the gaps and online hours. */
export default function SessionsPage() {
  const t = useT();
  const me = useMe();
  const compact = useCompact();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const canManage = me.permissions.includes('training.manage');
  const [params, setParams] = useSearchParams();
  const tab: TabKey = params.get('tab') === 'programs' ? 'programs' : 'sessions';
  const { filters, set, panel } = useListFilters(sessionListQuery.shape, FILTER_KEYS);
  const [creating, setCreating] = useState<TabKey | null>(null);
  const thisYear = new Date().getFullYear();
  const programQuery = {
    ...(filters.year ? { year: filters.year } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
  };
  const programs = useQuery({
    queryKey: trainingKeys.programs(programQuery),
    queryFn: () => fetchPrograms(programQuery),
  });
  const years = yearOptions(
    thisYear,
    (programs.data ?? []).map((p) => p.year),
  );
  const setTab = (k: string, extra: Record<string, string> = {}) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('tab', k);
        for (const [key, v] of Object.entries(extra)) out.set(key, v);
        return out;
      },
      { replace: true },
    );

  const yearSelect = (
    <Select<number | undefined>
      style={{ width: compact ? '100%' : 120 }}
      value={filters.year}
      onChange={(year) => set({ year, programId: undefined })}
      allowClear
      placeholder={t('trn.filter.allYears')}
      aria-label={t('trn.filter.year')}
      options={years.map((y) => ({ value: y, label: String(y) }))}
      data-testid="filter-year"
    />
  );
  const newButton = canManage && (
    <Button
      type="primary"
      onClick={() => setCreating(tab)}
      data-testid={tab === 'programs' ? 'program-new' : 'session-new'}
    >
      {tab === 'programs' ? t('trn.program.new') : t('trn.list.new')}
    </Button>
  );
  const links = (
    <Flex gap={8} wrap key="links">
      <Link to="/training/gaps">
        <Button>{t('trn.link.gaps')}</Button>
      </Link>
      <Link to="/training/online">
        <Button>{t('trn.link.online')}</Button>
      </Link>
      {newButton}
    </Flex>
  );
  return (
    <PageContainer title={t('menu.training')} extra={compact ? undefined : links}>
      {compact && <div style={{ marginBottom: 12 }}>{links}</div>}
      <Card styles={{ body: { paddingTop: 4, ...(compact ? { paddingInline: 12 } : {}) } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setTab(k)}
          items={TABS.map((k) => ({ key: k, label: t(`trn.tab.${k}`) }))}
        />
        <FilterPanel search={yearSelect} active={panel.active - (filters.year ? 1 : 0)} onReset={panel.onReset}>
          <UnitTreeSelect
            value={filters.unitId ?? null}
            onChange={(unitId) => set({ unitId: unitId ?? undefined, programId: undefined })}
            placeholder={t('trn.filter.allUnits')}
            style={{ width: 240 }}
          />
          {tab === 'sessions' && (
            <Select<number | undefined>
              style={{ width: 200 }}
              value={filters.programId}
              onChange={(programId) => set({ programId })}
              allowClear
              placeholder={t('trn.filter.allPrograms')}
              aria-label={t('trn.filter.program')}
              options={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.year} ${p.title}` }))}
              data-testid="filter-program"
            />
          )}
          {tab === 'sessions' && (
            <Select
              style={{ width: 150 }}
              value={filters.method}
              onChange={(method) => set({ method })}
              allowClear
              placeholder={t('trn.filter.allMethods')}
              aria-label={t('trn.filter.method')}
              options={TRAINING_METHODS.map((m) => ({ value: m, label: t(`trn.method.${m}`) }))}
              data-testid="filter-method"
            />
          )}
        </FilterPanel>
        {tab === 'sessions' ? (
          <SessionsTab filters={filters} />
        ) : (
          <ProgramsTab
            filters={programQuery}
            canManage={canManage}
            onShowSessions={(p) => setTab('sessions', { programId: String(p.id), year: String(p.year) })}
          />
        )}
      </Card>
      {creating === 'sessions' && (
        <SessionFormModal
          unitId={filters.unitId}
          programId={filters.programId}
          onClose={() => setCreating(null)}
          onDone={(id) => {
            setCreating(null);
            void message.success(t('trn.list.created'));
            void qc.invalidateQueries({ queryKey: trainingKeys.all });
            navigate(`/training/sessions/${id}`);
          }}
        />
      )}
      {creating === 'programs' && (
        <ProgramFormModal
          year={filters.year ?? thisYear}
          unitId={filters.unitId}
          onClose={() => setCreating(null)}
          onDone={() => {
            setCreating(null);
            void message.success(t('trn.program.created'));
            void qc.invalidateQueries({ queryKey: trainingKeys.all });
          }}
        />
      )}
    </PageContainer>
  );
}
