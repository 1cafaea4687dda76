import { PaperClipOutlined } from '@ant-design/icons';
import { Empty, Timeline, Typography } from 'antd';
import type { DossierEntry } from '../../../../contracts/project-work.ts';
import type { ScoreStage } from '../../../../contracts/projects.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { formatDate, formatDateTime, formatFileSize } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { downloadProgressAttachment } from './api.ts';
import { ENTRY_COLORS, entryName, fmtNumber, scoreStageOf, stageName } from './labels.ts';

/** What an entry says beyond its name: the milestone, the reading, the score total, the reason or content. */
function EntryBody({ entry, print }: { entry: DossierEntry; print: boolean }) {
  const t = useT();
  const onError = useApiErrorHandler();
  const e = entry;
  const stage: ScoreStage | null = e.kind === 'score' ? scoreStageOf(e.title) : null;
  return (
    <>
      {e.kind === 'reading' ? (
        <div>{t('prw.timeline.reading', { name: e.title ?? '', value: fmtNumber(e.value) })}</div>
      ) : e.kind === 'score' ? (
        <div>
          {t('prw.timeline.score', { stage: stage ? stageName(t, stage) : (e.title ?? ''), total: fmtNumber(e.value) })}
        </div>
      ) : e.title ? (
        <div>{e.kind === 'event' ? e.title : t('prw.timeline.milestone', { title: e.title })}</div>
      ) : null}
      {e.text ? <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{e.text}</div> : null}
      {e.attachments.length ? (
        <div style={{ fontSize: 13 }}>
          {e.attachments.map((a) =>
            print ? (
              <div key={a.id}>
                <PaperClipOutlined /> {t('prw.aside', { text: a.fileName, aside: formatFileSize(a.sizeBytes) })}
              </div>
            ) : (
              <div key={a.id} style={{ overflowWrap: 'anywhere' }}>
                <Typography.Link
                  onClick={() => void downloadProgressAttachment(a.id, a.fileName).catch((err) => onError(err))}
                  data-testid="progress-attachment"
                >
                  <PaperClipOutlined /> {a.fileName}
                </Typography.Link>
                <Typography.Text type="secondary"> {formatFileSize(a.sizeBytes)}</Typography.Text>
              </div>
            ),
          )}
        </div>
      ) : null}
    </>
  );
}

/** 一事一册 as a timeline, oldest first: events with reasons, progress with files, readings, comments, milestones, scores. */
export function DossierTimeline({ entries, print = false }: { entries: DossierEntry[]; print?: boolean }) {
  const t = useT();
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prw.timeline.empty')} />;
  return (
    <Timeline
      data-testid="project-timeline"
      items={entries.map((e, i) => ({
        key: `${e.kind}-${e.refId ?? i}-${i}`,
        color: e.kind === 'event' && (e.event === 'returned' || e.event === 'rejected') ? 'red' : ENTRY_COLORS[e.kind],
        children: (
          <div data-testid="dossier-entry" data-kind={e.kind} style={{ breakInside: 'avoid' }}>
            <div>
              <Typography.Text strong>{entryName(t, e)}</Typography.Text>
              {e.actor ? ` · ${e.actor.name}` : ''}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                {/* Recorded-at kinds show the moment; progress, readings and milestones the day they happened. */}
                {e.kind === 'event' || e.kind === 'comment' || e.kind === 'score'
                  ? formatDateTime(e.at)
                  : formatDate(e.on)}
              </Typography.Text>
            </div>
            <EntryBody entry={e} print={print} />
          </div>
        ),
      }))}
    />
  );
}
