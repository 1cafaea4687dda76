import { Button, Card, Collapse, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import type { ProjectDetail, ProjectTarget } from '../../../../contracts/project-work.ts';
import { formatDate } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { fmtNumber, targetPercent } from './labels.ts';
import { ReadingModal } from './ReadingModal.tsx';
import { useProjectRefresh } from './useProjectRefresh.ts';

/** One target: baseline → current / target, how far along, and its readings. */
export function TargetRow({ target, onRead }: { target: ProjectTarget; onRead?: () => void }) {
  const t = useT();
  const pct = targetPercent(target);
  const u = target.unit;
  return (
    <Flex vertical gap={4} data-testid="project-target" data-target-id={target.id}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{target.name}</Typography.Text>
        {onRead ? (
          <Button size="small" onClick={onRead}>
            {t('prw.reading.add')}
          </Button>
        ) : null}
      </Flex>
      <Typography.Text>
        {target.baseline !== null ? `${fmtNumber(target.baseline)}${u} → ` : ''}
        <Typography.Text strong>{target.current === null ? '—' : `${fmtNumber(target.current)}${u}`}</Typography.Text>
        {` / ${fmtNumber(target.targetValue)}${u}`}
      </Typography.Text>
      {pct === null ? (
        <Typography.Text type="secondary">{t('prw.target.noReading')}</Typography.Text>
      ) : (
        <>
          <Progress percent={pct} size="small" status={pct >= 100 ? 'success' : 'active'} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('prw.target.measuredOn', { date: formatDate(target.measuredOn) })}
          </Typography.Text>
        </>
      )}
      {target.readings.length ? (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'r',
              label: `${t('prw.target.readings')} (${target.readings.length})`,
              children: (
                <Flex vertical gap={4}>
                  {target.readings.map((r) => (
                    <div key={r.id} style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
                      {formatDate(r.measuredOn)}　<strong>{`${fmtNumber(r.value)}${u}`}</strong>　
                      <Typography.Text type="secondary">{r.recordedBy.name}</Typography.Text>
                      {r.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{r.note}</div> : null}
                    </div>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}

/** 量化指标 with their latest readings; 录入测量值 while the implementation work is open to the caller. */
export function TargetsCard({ project }: { project: ProjectDetail }) {
  const t = useT();
  const refresh = useProjectRefresh(project.id);
  const [reading, setReading] = useState<ProjectTarget | null>(null);
  return (
    <Card size="small" title={t('prw.targets')} data-testid="project-targets">
      <Flex vertical gap={16}>
        {project.targets.map((target) => (
          <TargetRow key={target.id} target={target} onRead={project.can.work ? () => setReading(target) : undefined} />
        ))}
      </Flex>
      {reading ? (
        <ReadingModal
          target={reading}
          onClose={() => setReading(null)}
          onDone={() => {
            setReading(null);
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}
