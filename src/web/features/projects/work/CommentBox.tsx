import { App, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../app/api/errors.ts';
import { useT } from '../../../app/i18n/index.tsx';
import { createComment } from './api.ts';

/** 指导意见: the guiding leader's (or a reviewer's) comment on the implementation; it joins the dossier. */
export function CommentBox({ projectId, onDone }: { projectId: number; onDone(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [content, setContent] = useState('');
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    try {
      await createComment(projectId, { content: content.trim() });
      setContent('');
      void message.success(t('prw.comment.saved'));
      onDone();
    } catch (err) {
      onError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={8} data-testid="project-comment-box">
      <Input.TextArea
        value={content}
        onChange={(e) => setContent(e.target.value)}
        maxLength={4000}
        autoSize={{ minRows: 3, maxRows: 8 }}
        placeholder={t('prw.comment.placeholder')}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('prw.comment.hint')}
        </Typography.Text>
        <Button type="primary" loading={busy} disabled={!content.trim()} onClick={() => void send()}>
          {t('prw.comment.send')}
        </Button>
      </Flex>
    </Flex>
  );
}
