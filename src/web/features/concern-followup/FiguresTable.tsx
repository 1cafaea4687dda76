import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ConcernFigureRow, ConcernFigures, ConcernTally } from '../../../contracts/concern-figures.ts';
import type { ConcernStatusFilter } from '../../../contracts/concerns.ts';
import { useT } from '../../app/i18n/index.tsx';
import { CountLink, formatDays, formatResolution } from './figureFormat.tsx';
import { concernListLink, dimensionFilter, type FigureScope } from './links.ts';

type Count = 'raised' | 'resolved' | 'open' | 'overdue' | 'rejected';
const COUNTS: Count[] = ['raised', 'resolved', 'open', 'overdue', 'rejected'];

/**
 * The figures by the chosen dimension (tier, category, department, counselor,
 * outlet), a total line at the foot; each count opens the list of exactly the
 * concerns it counts (the row's filter plus the figure's status).
 */
export function FiguresTable({ figures, scope }: { figures: ConcernFigures; scope: FigureScope }) {
  const t = useT();
  const href = (row: ConcernFigureRow, status: ConcernStatusFilter) => {
    const filter = dimensionFilter(figures.dimension, row.key);
    return filter ? concernListLink(scope, status, filter) : null;
  };
  const countColumn = (key: Count): ColumnsType<ConcernFigureRow>[number] => ({
    title: t(`followUp.fig.${key}`),
    key,
    align: 'right',
    render: (_, row) => <CountLink n={row[key]} to={href(row, key)} testId={`row-${key}`} />,
  });
  const columns: ColumnsType<ConcernFigureRow> = [
    {
      title: t(`followUp.dim.${figures.dimension}`),
      key: 'label',
      fixed: 'left',
      render: (_, row) => <span data-row-key={String(row.key)}>{row.label}</span>,
    },
    ...COUNTS.slice(0, 2).map(countColumn),
    {
      title: t('followUp.fig.rate'),
      key: 'rate',
      align: 'right',
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatResolution(row)}</span>,
    },
    ...COUNTS.slice(2).map(countColumn),
    {
      title: t('followUp.fig.medianShort'),
      key: 'median',
      align: 'right',
      render: (_, row) => formatDays(row.medianDaysToResolve),
    },
  ];
  const total: ConcernTally = figures.total;
  return (
    <Table<ConcernFigureRow>
      rowKey={(r) => String(r.key)}
      size="small"
      columns={columns}
      dataSource={figures.rows}
      pagination={figures.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('followUp.fig.empty') }}
      data-testid="figures-table"
      summary={() =>
        figures.rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('followUp.fig.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <CountLink n={total.raised} to={concernListLink(scope, 'raised')} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <CountLink n={total.resolved} to={concernListLink(scope, 'resolved')} />
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <span style={{ whiteSpace: 'nowrap' }}>{formatResolution(total)}</span>
            </Table.Summary.Cell>
            {COUNTS.slice(2).map((k, i) => (
              <Table.Summary.Cell key={k} index={4 + i} align="right">
                <CountLink n={total[k]} to={concernListLink(scope, k)} />
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={7} align="right">
              {formatDays(total.medianDaysToResolve)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}
