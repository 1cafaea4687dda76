import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Milestone, ProjectDetail } from '../../../../contracts/project-work.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { formatDate } from '../../../app/format.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { deleteMilestone, updateMilestone } from './api.ts';
import { type MilestoneEdit, MilestoneModal } from './MilestoneModal.tsx';
import { useProjectRefresh } from './useProjectRefresh.ts';

/** The state of a milestone as a tag: done green, overdue red, else open. */
export function MilestoneTag({ milestone }: { milestone: Milestone }) {
  const t = useT();
  if (milestone.doneOn) return <Tag color="success">{t('prw.milestone.done')}</Tag>;
  if (milestone.overdue) return <Tag color="error">{t('prw.milestone.overdue')}</Tag>;
  return <Tag color="processing">{t('prw.milestone.open')}</Tag>;
}

/** 实施节点: due and done dates, overdue in red; add / edit / mark done / reopen / delete when `can.work`. */
export function MilestonesCard({ project }: { project: ProjectDetail }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const refresh = useProjectRefresh(project.id);
  const [edit, setEdit] = useState<MilestoneEdit | null>(null);
  const work = project.can.work;

  const remove = (m: Milestone) =>
    modal.confirm({
      title: t('prw.milestone.deleteConfirm', { title: m.title }),
      okButtonProps: { danger: true },
      okText: t('prw.milestone.delete'),
      onOk: async () => {
        try {
          await deleteMilestone(m.id, m.version);
          void message.success(t('prw.milestone.deleted'));
        } catch (err) {
          onError(err);
        }
        refresh();
      },
    });
  const reopen = (m: Milestone) =>
    modal.confirm({
      title: t('prw.milestone.reopenConfirm'),
      onOk: async () => {
        try {
          await updateMilestone(m.id, {
            title: m.title,
            dueOn: m.dueOn,
            doneOn: null,
            doneNote: null,
            version: m.version,
          });
          void message.success(t('prw.milestone.saved'));
        } catch (err) {
          onError(err);
        }
        refresh();
      },
    });

  return (
    <Card
      size="small"
      title={t('prw.milestones')}
      data-testid="project-milestones"
      extra={
        work ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEdit({ mode: 'create' })}>
            {t('prw.milestone.add')}
          </Button>
        ) : null
      }
    >
      {project.milestones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('prw.milestone.none')} />
      ) : (
        <Flex vertical gap={12}>
          {project.milestones.map((m) => (
            <Flex
              key={m.id}
              vertical
              gap={2}
              data-testid="project-milestone"
              data-overdue={m.overdue}
              style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}
            >
              <Flex justify="space-between" align="start" wrap gap={8}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {m.title}
                </Typography.Text>
                <MilestoneTag milestone={m} />
              </Flex>
              <Typography.Text type={m.overdue ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
                {t('prw.milestone.due', { date: formatDate(m.dueOn) })}
                {m.doneOn ? `　${t('prw.milestone.doneAt', { date: formatDate(m.doneOn) })}` : ''}
              </Typography.Text>
              {m.doneNote ? <div style={{ whiteSpace: 'pre-wrap', fontSize: 13 }}>{m.doneNote}</div> : null}
              {work ? (
                <Flex wrap gap={4}>
                  {m.doneOn ? (
                    <Button size="small" type="link" onClick={() => reopen(m)}>
                      {t('prw.milestone.reopen')}
                    </Button>
                  ) : (
                    <Button size="small" type="link" onClick={() => setEdit({ mode: 'done', milestone: m })}>
                      {t('prw.milestone.markDone')}
                    </Button>
                  )}
                  <Button size="small" type="link" onClick={() => setEdit({ mode: 'edit', milestone: m })}>
                    {t('prw.milestone.edit')}
                  </Button>
                  <Button size="small" type="link" danger onClick={() => remove(m)}>
                    {t('prw.milestone.delete')}
                  </Button>
                </Flex>
              ) : null}
            </Flex>
          ))}
        </Flex>
      )}
      {edit ? (
        <MilestoneModal
          projectId={project.id}
          edit={edit}
          onClose={() => setEdit(null)}
          onStale={refresh}
          onDone={() => {
            setEdit(null);
            refresh();
          }}
        />
      ) : null}
    </Card>
  );
}
