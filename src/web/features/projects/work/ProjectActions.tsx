import { PrinterOutlined, StarOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ProjectDetail } from '../../../../contracts/project-work.ts';
import type { CampaignDetail, ScoreStage } from '../../../../contracts/projects.ts';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { FormModal } from '../../../app/FormModal.tsx';
import { useT } from '../../../app/i18n/index.tsx';
import { useMe } from '../../../app/session.tsx';
import { fetchCampaign, projectKeys } from '../api.ts';
import ProposalFormModal from '../ProposalFormModal.tsx';
import ScoreSheetModal from '../ScoreSheetModal.tsx';
import { setExemplary, submitProject, withdrawProject } from './api.ts';
import { useProjectRefresh } from './useProjectRefresh.ts';

/** The buttons the caller may use now — every one driven by the project's `can` flags. */
export function ProjectActions({ project }: { project: ProjectDetail }) {
  const t = useT();
  const me = useMe();
  const { message, modal } = App.useApp();
  const onError = useApiErrorHandler();
  const refresh = useProjectRefresh(project.id);
  const [editing, setEditing] = useState<CampaignDetail | null>(null);
  const [opening, setOpening] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [marking, setMarking] = useState(false);
  const [scoring, setScoring] = useState<ScoreStage | null>(null);
  const { can } = project;
  const client = useQueryClient();

  /** The proposal form needs the campaign (themes, proposers, its rules): read it first. */
  const edit = async () => {
    setOpening(true);
    try {
      const id = project.campaign.id;
      setEditing(await client.fetchQuery({ queryKey: projectKeys.campaign(id), queryFn: () => fetchCampaign(id) }));
    } catch (err) {
      onError(err);
    } finally {
      setOpening(false);
    }
  };

  const submit = () =>
    modal.confirm({
      title: t('prw.action.submit'),
      content: t('prw.submit.confirm'),
      onOk: async () => {
        try {
          await submitProject(project.id, project.version);
          void message.success(t('prw.submit.done'));
        } catch (err) {
          onError(err);
        }
        refresh();
      },
    });

  const stageCriteria = (stage: ScoreStage) => project.criteria.filter((c) => c.stage === stage);
  const mySheet = (stage: ScoreStage) =>
    project.sheets.find((s) => s.stage === stage && s.reviewer.id === me.account.id);

  return (
    <Flex wrap gap={8} className="prw-no-print" data-testid="project-actions">
      {can.edit ? (
        <Button type="primary" onClick={() => void edit()} loading={opening}>
          {t('prw.action.edit')}
        </Button>
      ) : null}
      {can.submit ? (
        <Button type="primary" onClick={submit} data-testid="project-submit">
          {t('prw.action.submit')}
        </Button>
      ) : null}
      {can.withdraw ? (
        <Button danger onClick={() => setWithdrawing(true)}>
          {t('prw.action.withdraw')}
        </Button>
      ) : null}
      {can.review ? <Button onClick={() => setScoring('review')}>{t('prw.action.review')}</Button> : null}
      {can.evaluate ? <Button onClick={() => setScoring('evaluation')}>{t('prw.action.evaluate')}</Button> : null}
      {can.markExemplary ? (
        <Button icon={<StarOutlined />} onClick={() => setMarking(true)}>
          {project.exemplary ? t('prw.action.exemplaryEdit') : t('prw.action.exemplary')}
        </Button>
      ) : null}
      <Link to={`/projects/${project.id}/dossier`} target="_blank">
        <Button icon={<PrinterOutlined />}>{t('prw.action.dossier')}</Button>
      </Link>

      {editing ? (
        <ProposalFormModal
          open
          onClose={() => setEditing(null)}
          campaign={editing}
          project={project}
          onSaved={() => {
            setEditing(null);
            refresh();
          }}
        />
      ) : null}
      {scoring ? (
        <ScoreSheetModal
          open
          onClose={() => setScoring(null)}
          projectId={project.id}
          stage={scoring}
          criteria={stageCriteria(scoring)}
          existing={mySheet(scoring)}
          onSaved={() => {
            setScoring(null);
            refresh();
          }}
        />
      ) : null}
      {withdrawing ? (
        <FormModal<{ reason?: string }, unknown>
          title={t('prw.withdraw.title')}
          okText={t('prw.action.withdraw')}
          submit={(v) => withdrawProject(project.id, { version: project.version, reason: v.reason?.trim() || null })}
          onDone={() => {
            setWithdrawing(false);
            void message.success(t('prw.withdraw.done'));
            refresh();
          }}
          onClose={() => setWithdrawing(false)}
          errors={{ fields: ['reason'], onStale: refresh }}
        >
          <Form.Item name="reason" label={t('prw.withdraw.reason')} rules={[{ max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </FormModal>
      ) : null}
      {marking ? (
        <FormModal<{ exemplary: boolean; note?: string }, unknown>
          title={t('prw.exemplary.title')}
          okText={t('common.save')}
          initialValues={{ exemplary: true, note: project.exemplaryNote ?? '' }}
          submit={(v) =>
            setExemplary(project.id, { exemplary: v.exemplary, note: v.note?.trim() || null, version: project.version })
          }
          onDone={() => {
            setMarking(false);
            void message.success(t('prw.exemplary.done'));
            refresh();
          }}
          onClose={() => setMarking(false)}
          errors={{ fields: ['exemplary', 'note'], onStale: refresh }}
        >
          <Form.Item name="exemplary" label={t('prw.exemplary.mark')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="note" label={t('prw.exemplaryNote')} rules={[{ max: 2000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </FormModal>
      ) : null}
    </Flex>
  );
}
