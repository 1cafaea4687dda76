import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ReportTable } from '../../../contracts/reports.ts';
import { useT } from '../../app/i18n/index.tsx';
import { PageLoading } from '../../app/PageLoading.tsx';
import { LoadFailed } from '../../app/ResultPages.tsx';
import { cockpitKeys, fetchCockpitChildren, fetchCockpitTrend } from '../cockpit/api.ts';
import { ComparisonChart } from '../cockpit/charts/ComparisonChart.tsx';
import { TrendChart } from '../cockpit/charts/TrendChart.tsx';
import { valueText } from '../cockpit/figures.ts';
import { fetchReportData, reportKeys } from './api.ts';
import { cellText } from './periods.ts';
import './print.css';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rpt-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function TableOf({ table }: { table: ReportTable }) {
  const t = useT();
  if (table.rows.length === 0) return <div>{t('reports.print.noRows')}</div>;
  return (
    <table className="rpt-table">
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.header}>{c.header}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed table have no id
          <tr key={i}>
            {table.columns.map((c, j) => (
              <td key={c.header} className={c.kind === 'text' ? undefined : 'rpt-num'}>
                {cellText(c.kind, row[j] ?? null)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The comparison chart of one figure over the child units. */
function Comparison({ unitId, period, figureKey }: { unitId: number; period: string; figureKey: string }) {
  const q = { unitId, period, key: figureKey };
  const children = useQuery({ queryKey: cockpitKeys.children(q), queryFn: () => fetchCockpitChildren(q) });
  const t = useT();
  if (!children.data || children.data.rows.length === 0) return null;
  return (
    <div className="rpt-chart">
      <h3>{t('reports.print.comparison', { label: children.data.figure.label })}</h3>
      <ComparisonChart data={children.data} height={260} print />
    </div>
  );
}

/** 打印版: the report's figures, charts and summary tables on A4. */
export default function ReportPrintPage() {
  const t = useT();
  const [params] = useSearchParams();
  const unitParam = Number(params.get('unitId'));
  const period = params.get('period') ?? String(new Date().getFullYear());
  const q = { unitId: unitParam > 0 ? unitParam : undefined, period };
  const data = useQuery({ queryKey: reportKeys.data(q), queryFn: () => fetchReportData(q) });
  const year = Number(period.slice(0, 4));
  const trendQ = { unitId: q.unitId, year };
  const trend = useQuery({ queryKey: cockpitKeys.trend(trendQ), queryFn: () => fetchCockpitTrend(trendQ) });
  if (data.isLoading) return <PageLoading />;
  if (!data.data)
    return <LoadFailed error={data.error ?? new Error('load failed')} onRetry={() => void data.refetch()} />;
  const d = data.data;
  const compared = d.figures.filter((f) => f.rate).slice(0, 2);
  return (
    <div className="rpt-print">
      <Flex className="rpt-no-print" justify="space-between" style={{ marginBottom: 12 }}>
        <Link to="/reports">
          <Button icon={<ArrowLeftOutlined />}>{t('reports.print.back')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('reports.print.button')}
        </Button>
      </Flex>
      <h1>{d.title}</h1>
      <div className="rpt-meta">
        {d.unit.name} · {d.period.label} · {t('reports.print.generatedOn', { today: d.today })}
      </div>
      <Section title={t('reports.print.figures')}>
        <table className="rpt-table">
          <thead>
            <tr>
              <th>{t('reports.print.figure')}</th>
              <th>{t('reports.print.value')}</th>
              <th>{t('reports.print.hint')}</th>
            </tr>
          </thead>
          <tbody>
            {d.figures.map((f) => (
              <tr key={f.key}>
                <td>{f.label}</td>
                <td className="rpt-num">{valueText(f)}</td>
                <td>{f.hint}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('reports.print.charts')}>
        {trend.data ? (
          <div className="rpt-chart">
            <h3>{t('reports.print.trend')}</h3>
            <TrendChart trend={trend.data} height={260} print />
          </div>
        ) : null}
        {d.unit.id &&
          compared.map((f) => <Comparison key={f.key} unitId={d.unit.id} period={period} figureKey={f.key} />)}
      </Section>
      {d.tables.map((table) => (
        <Section key={table.key} title={table.title}>
          <TableOf table={table} />
        </Section>
      ))}
    </div>
  );
}
