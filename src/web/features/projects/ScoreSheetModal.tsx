import { useMutation } from '@tanstack/react-query';
import { App, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import type { Criterion, ScoreSheet, ScoreStage } from '../../../contracts/projects.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { useCompact } from '../../app/useCompact.ts';
import { putScoreSheet } from './api.ts';
import { liveTotal } from './labels.ts';

interface Values {
  scores: Record<string, number | null>;
  comment?: string | null;
}

/**
 * A reviewer's score sheet for one stage: 0–100 per criterion with its weight,
 * the weighted total as it is typed (Σ score × weight / 100), a comment.
 * Scoring again replaces the reviewer's sheet.
 */
export default function ScoreSheetModal({
  open,
  onClose,
  projectId,
  stage,
  criteria,
  existing,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  projectId: number;
  stage: 'review' | 'evaluation';
  /** The campaign's criteria (of any stage: only this stage's are scored). */
  criteria: Criterion[];
  existing?: ScoreSheet;
  onSaved: () => void;
}) {
  const t = useT();
  const compact = useCompact();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const own = criteria.filter((c) => c.stage === stage).sort((a, b) => a.ordinal - b.ordinal);
  const scores = Form.useWatch('scores', form) ?? {};
  const total = liveTotal(
    own,
    Object.fromEntries(own.map((c) => [c.id, scores[String(c.id)] ?? null])) as Record<number, number | null>,
  );
  const save = useMutation({
    mutationFn: (v: Values) =>
      putScoreSheet(projectId, stage as ScoreStage, {
        scores: own.map((c) => ({ criterionId: c.id, score: v.scores[String(c.id)] ?? 0 })),
        comment: v.comment?.trim() ? v.comment : null,
      }),
    onSuccess: () => {
      void message.success(t('prj.score.saved'));
      onSaved();
    },
    onError: (err) => onError(err, { form, fields: ['comment'] }),
  });
  const initial: Values = {
    scores: Object.fromEntries(
      own.map((c) => [String(c.id), existing?.scores.find((s) => s.criterionId === c.id)?.score ?? null]),
    ),
    comment: existing?.comment ?? null,
  };
  return (
    <Modal
      open={open}
      title={t('prj.score.title', { stage: t(`prj.stage.${stage}`) })}
      okText={t('prj.score.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      maskClosable={false}
      width={compact ? '100%' : 560}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        preserve={false}
        onFinish={(v) => save.mutate(v)}
        data-testid="score-sheet"
      >
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          {own.map((c) => (
            <Flex key={c.id} gap={8} align="center" justify="space-between">
              <span style={{ flex: 1, minWidth: 0 }}>
                {c.name}
                <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                  {c.weightPct}%
                </Typography.Text>
              </span>
              <Form.Item
                name={['scores', String(c.id)]}
                rules={[{ required: true, message: t('prj.score.required') }]}
                style={{ marginBottom: 8 }}
              >
                <InputNumber
                  min={0}
                  max={100}
                  precision={2}
                  style={{ width: 110 }}
                  aria-label={c.name}
                  data-testid={`score-input-${c.ordinal}`}
                />
              </Form.Item>
            </Flex>
          ))}
        </Flex>
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t('prj.score.total')}</Typography.Text>
          <Typography.Text strong style={{ fontSize: 18 }} data-testid="score-total">
            {total.toFixed(2)}
          </Typography.Text>
        </Flex>
        <Form.Item name="comment" label={t('prj.score.comment')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
