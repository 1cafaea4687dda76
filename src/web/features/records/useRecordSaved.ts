import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { RecordDetail } from '../../../contracts/records.ts';
import { useT } from '../../app/i18n/index.tsx';
import { complianceKeys } from '../compliance/api.ts';
import { todoKeys } from '../todo/api.ts';
import { recordKeys, uploadAttachment } from './api.ts';
import { type UploadProblem, uploadAll } from './uploadAll.ts';

/** After a save: the files go up, every figure that may have changed is refetched, the record opens. */
export function useRecordSaved(): (record: RecordDetail, files: File[]) => Promise<void> {
  const qc = useQueryClient();
  const navigate = useNavigate();
  const t = useT();
  const { message } = App.useApp();
  return useCallback(
    async (record, files) => {
      const problems: UploadProblem[] = files.length
        ? await uploadAll(files, (f) => uploadAttachment(record.id, f))
        : [];
      await Promise.all([
        qc.invalidateQueries({ queryKey: recordKeys.all }),
        qc.invalidateQueries({ queryKey: todoKeys.all }),
        qc.invalidateQueries({ queryKey: complianceKeys.all }),
      ]);
      void message.success(t('record.saved'));
      navigate(`/records/${record.id}`, { state: { uploadProblems: problems } });
    },
    [qc, navigate, t, message],
  );
}
