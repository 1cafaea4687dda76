import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Typography } from 'antd';
import type { SessionDetail } from '../../../contracts/training.ts';
import { useApiErrorHandler } from '../../app/api/errors.ts';
import { useT } from '../../app/i18n/index.tsx';
import { downloadSignInTemplate, importSignIn, trainingKeys } from './api.ts';
import { ImportFlow } from './ImportFlow.tsx';

/** 签到表导入: the prefilled sheet, then upload → check (row errors) → import, all rows or none. */
export function SignInTab({ session }: { session: SessionDetail }) {
  const t = useT();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  if (!session.can.manage) {
    return (
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('trn.signIn.readOnly')}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('trn.signIn.intro')}
      </Typography.Paragraph>
      <ImportFlow
        accept=".xlsx"
        run={(mode, file) => importSignIn(session.id, mode, file)}
        keys={{
          pickFile: 'trn.signIn.pickFile',
          check: 'trn.signIn.check',
          commit: 'trn.signIn.commit',
          ready: 'trn.signIn.ready',
          committed: 'trn.signIn.done',
          errors: 'trn.signIn.errors',
          row: 'trn.signIn.row',
          column: 'trn.signIn.column',
          problem: 'trn.signIn.problem',
        }}
        testIds={{
          file: 'sign-in-file',
          check: 'sign-in-check',
          commit: 'sign-in-commit',
          ready: 'sign-in-ready',
          errors: 'sign-in-errors',
        }}
        before={
          <Button
            onClick={() => void downloadSignInTemplate(session.id).catch((e: unknown) => onError(e))}
            data-testid="sign-in-template"
          >
            {t('trn.signIn.template')}
          </Button>
        }
        onCommitted={(res) => {
          void message.success(
            t('trn.signIn.done', {
              rows: res.rows,
              inserted: res.inserted,
              updated: res.updated,
              unchanged: res.unchanged,
            }),
          );
          void qc.invalidateQueries({ queryKey: trainingKeys.all });
        }}
      />
    </Flex>
  );
}
