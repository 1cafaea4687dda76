import type { ProColumns } from '@ant-design/pro-components';
import { AutoComplete, Typography } from 'antd';
import dayjs from 'dayjs';
import type { AuditEntry } from '../../../contracts/audit.ts';
import { formatDateTime } from '../../app/format.ts';
import type { Translate } from '../../app/i18n/index.tsx';
import { actionLabel, KNOWN_ACTIONS, KNOWN_TARGET_TYPES, targetTypeLabel } from './labels.ts';

/** The localized label, with the raw code beside it for those who search by code. */
function ActionCell({ t, code }: { t: Translate; code: string }) {
  const label = actionLabel(t, code);
  if (label === code) return <span>{code}</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {label}
      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
        {code}
      </Typography.Text>
    </span>
  );
}

/** ISO with the local offset, as the API expects ("2026-05-01T08:00:00+08:00"). */
const iso = (v: unknown): string | undefined =>
  typeof v === 'string' || v instanceof Date || dayjs.isDayjs(v) ? dayjs(v).format() : undefined;

/**
 * Table columns and, through their `search` settings, the filter form. The
 * form's field names are turned into the API's filter names by `transform`.
 */
export function auditColumns(t: Translate): ProColumns<AuditEntry>[] {
  return [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80, hideInSearch: true },
    { title: t('audit.at'), dataIndex: 'at', width: 170, hideInSearch: true, render: (_, r) => formatDateTime(r.at) },
    {
      title: t('audit.timeRange'),
      dataIndex: 'range',
      valueType: 'dateTimeRange',
      hideInTable: true,
      search: {
        transform: (value: unknown) => {
          const [from, to] = Array.isArray(value) ? value : [];
          return { from: iso(from), to: iso(to) };
        },
      },
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      width: 120,
      search: { transform: (value: unknown) => ({ actor: typeof value === 'string' ? value : undefined }) },
      render: (_, r) => r.actorUsername ?? (r.actorId === null ? '—' : `#${r.actorId}`),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 160,
      render: (_, r) => <ActionCell t={t} code={r.action} />,
      renderFormItem: () => (
        <AutoComplete
          allowClear
          placeholder={t('audit.actionPlaceholder')}
          options={KNOWN_ACTIONS.map((a) => ({ value: a, label: `${actionLabel(t, a)} (${a})` }))}
          filterOption={(input, option) =>
            String(option?.label ?? '')
              .toLowerCase()
              .includes(input.toLowerCase())
          }
        />
      ),
    },
    {
      title: t('audit.targetType'),
      dataIndex: 'targetType',
      width: 110,
      render: (_, r) => (r.targetType ? targetTypeLabel(t, r.targetType) : '—'),
      renderFormItem: () => (
        <AutoComplete
          allowClear
          options={KNOWN_TARGET_TYPES.map((v) => ({ value: v, label: `${targetTypeLabel(t, v)} (${v})` }))}
        />
      ),
    },
    { title: t('audit.targetId'), dataIndex: 'targetId', width: 150, render: (_, r) => r.targetId ?? '—' },
    {
      title: t('audit.result'),
      dataIndex: 'result',
      width: 90,
      valueType: 'select',
      valueEnum: {
        success: { text: t('audit.result.success'), status: 'Success' },
        failure: { text: t('audit.result.failure'), status: 'Error' },
        denied: { text: t('audit.result.denied'), status: 'Warning' },
      },
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 130, hideInSearch: true, render: (_, r) => r.ip ?? '—' },
  ];
}
