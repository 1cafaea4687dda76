import { Rate, Timeline, Typography } from 'antd';
import type { ConcernEvent } from '../../../contracts/concerns.ts';
import { formatDateTime } from '../../app/format.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useConcernNames } from './labels.ts';

/** The dot says how the step ended: done green, stopped gray, sent back red, else still under way. */
const dot = (e: ConcernEvent) =>
  e.toState === 'resolved' || e.toState === 'closed'
    ? 'green'
    : e.toState === 'rejected'
      ? 'gray'
      : e.toState === 'returned' || e.toState === 'reopened'
        ? 'red'
        : 'blue';

/** Every step: who did what when, the state and tier it led to, and why. */
export function ConcernTimeline({ events }: { events: ConcernEvent[] }) {
  const t = useT();
  const names = useConcernNames();
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  return (
    <Timeline
      data-testid="concern-timeline"
      items={sorted.map((e) => {
        return {
          key: e.id,
          color: dot(e),
          children: (
            <div data-testid="concern-event" data-kind={e.kind}>
              <div>
                <Typography.Text strong>{names.event(e.kind)}</Typography.Text>
                {' · '}
                {e.actorName ?? t('concern.anonymousRaiser')}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {formatDateTime(e.at)}
                </Typography.Text>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {e.fromState && e.fromState !== e.toState
                  ? `${names.state(e.fromState)} → ${names.state(e.toState)}`
                  : names.state(e.toState)}
                {e.fromTier !== null && e.fromTier !== e.toTier
                  ? ` · ${names.tier(e.fromTier)} → ${names.tier(e.toTier)}`
                  : ''}
              </Typography.Text>
              {e.department || e.handler ? (
                <div style={{ fontSize: 13 }}>
                  {e.department ? `${t('concern.department')}：${e.department.name}` : ''}
                  {e.department && e.handler ? '　' : ''}
                  {e.handler ? `${t('concern.handler')}：${e.handler.name}` : ''}
                </div>
              ) : null}
              {e.reason ? (
                <div style={{ whiteSpace: 'pre-wrap' }}>
                  {t('concern.reason')}：{e.reason}
                </div>
              ) : null}
              {e.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div> : null}
              {e.satisfaction !== null ? <Rate disabled value={e.satisfaction} style={{ fontSize: 14 }} /> : null}
            </div>
          ),
        };
      })}
    />
  );
}
