import { type DescriptionsProps, Rate, Typography } from 'antd';
import { Link } from 'react-router';
import type { ConcernDetail } from '../../../contracts/concerns.ts';
import { Facts } from '../../app/Facts.tsx';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { DueDate, KindTag, StateTag } from './ConcernTags.tsx';
import { useConcernNames } from './labels.ts';

/** What, where, who is on it, since when and until when, and how it ended. */
export function ConcernFacts({ concern: c }: { concern: ConcernDetail }) {
  const t = useT();
  const compact = useCompact();
  const names = useConcernNames();
  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('concern.kind'), children: <KindTag kind={c.kind} /> },
    { key: 'category', label: t('concern.category'), children: c.categoryName },
    { key: 'tier', label: t('concern.tier'), children: <span data-testid="concern-tier">{names.tier(c.tier)}</span> },
    { key: 'state', label: t('concern.state'), children: <StateTag state={c.state} /> },
    {
      key: 'outlet',
      label: t('concern.outlet'),
      children: (
        <span>
          {c.unit.name}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.unitTrail}
          </Typography.Text>
        </span>
      ),
    },
    {
      key: 'department',
      label: t('concern.department'),
      children: <span data-testid="concern-department">{c.department?.name ?? '—'}</span>,
    },
    {
      key: 'handler',
      label: t('concern.handler'),
      children: <span data-testid="concern-handler">{c.handler?.name ?? '—'}</span>,
    },
    { key: 'counselor', label: t('concern.counselor'), children: c.counselor?.name ?? '—' },
    {
      key: 'raiser',
      label: t('concern.raiser'),
      children: c.raiser
        ? `${c.raiser.name}${c.anonymous ? `（${t('concern.anonymousToHandlers')}）` : ''}`
        : t('concern.anonymousRaiser'),
    },
    { key: 'raisedAt', label: t('concern.raisedAt'), children: formatDateTime(c.raisedAt) },
    { key: 'dueOn', label: t('concern.dueOn'), children: <DueDate concern={c} /> },
    ...(c.record
      ? [
          {
            key: 'record',
            label: t('concern.linkedRecord'),
            children: (
              <Link to={`/records/${c.record.id}`}>
                {c.record.title} · {formatDateTime(c.record.occurredAt)}
              </Link>
            ),
          },
        ]
      : []),
    ...(c.routeOverrideReason
      ? [{ key: 'override', label: t('concern.overrideReason'), children: c.routeOverrideReason }]
      : []),
    ...(c.resolvedAt
      ? [{ key: 'resolvedAt', label: t('concern.resolvedAt'), children: formatDateTime(c.resolvedAt) }]
      : []),
    ...(c.resolution
      ? [
          {
            key: 'resolution',
            label: t('concern.resolution'),
            span: compact ? 1 : 2,
            children: (
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="concern-resolution">
                {c.resolution}
              </span>
            ),
          },
        ]
      : []),
    ...(c.satisfaction !== null
      ? [
          {
            key: 'satisfaction',
            label: t('concern.satisfaction'),
            span: compact ? 1 : 2,
            children: (
              <span data-testid="concern-satisfaction" data-value={c.satisfaction}>
                <Rate disabled value={c.satisfaction} style={{ fontSize: 16 }} />
                {c.satisfactionComment ? <div style={{ whiteSpace: 'pre-wrap' }}>{c.satisfactionComment}</div> : null}
              </span>
            ),
          },
        ]
      : []),
  ];
  return <Facts items={items} />;
}
