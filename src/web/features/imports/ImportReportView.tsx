import { Alert, Col, Row, Statistic, Table } from 'antd';
import type { ImportProblem, ImportReport } from '../../../contracts/imports.ts';
import { useT } from '../../app/i18n/index.tsx';

/** The counts of a dry run or a commit, and every problem by row and column. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const stats = [
    { key: 'rows', label: t('import.rows'), value: report.rows },
    { key: 'inserted', label: t('import.inserted'), value: report.inserted },
    { key: 'updated', label: t('import.updated'), value: report.updated },
    { key: 'unchanged', label: t('import.unchanged'), value: report.unchanged },
    { key: 'problems', label: t('import.problems'), value: report.problemCount },
  ];
  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="import-counts">
        {stats.map((s) => (
          <Col key={s.key} xs={12} sm={8} md={4} style={{ minWidth: 110 }} data-testid={`import-count-${s.key}`}>
            <Statistic
              title={s.label}
              value={s.value}
              valueStyle={s.key === 'problems' && s.value > 0 ? { color: '#c8161d' } : undefined}
            />
          </Col>
        ))}
      </Row>
      {report.problemCount > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('import.problemsTitle', { count: report.problemCount.toLocaleString() })}
            description={
              report.problemCount > report.problems.length
                ? t('import.problemsTruncated', { shown: report.problems.length.toLocaleString() })
                : t('import.problemsHint')
            }
          />
          <div data-testid="import-problems">
            <Table<ImportProblem>
              rowKey={(p) => `${p.row}-${p.column ?? ''}-${p.reason}-${p.message}`}
              size="small"
              dataSource={report.problems}
              pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                { title: t('import.row'), key: 'row', dataIndex: 'row', width: 64 },
                {
                  title: t('import.column'),
                  key: 'column',
                  width: 150,
                  render: (_, p) => p.column ?? t('import.wholeRow'),
                },
                { title: t('import.message'), key: 'message', dataIndex: 'message' },
              ]}
            />
          </div>
        </>
      ) : null}
    </>
  );
}
