import { Alert } from 'antd';
import { useT } from '../../app/i18n/index.tsx';
import type { UploadProblem } from './uploadAll.ts';

/** The files the server refused, each with its reason (a record's or a concern's); nothing when none were. */
export function FilesRefused({ problems, onClose }: { problems: UploadProblem[]; onClose: () => void }) {
  const t = useT();
  if (!problems.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable
      onClose={onClose}
      message={t('record.filesRefused')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p) => (
            <li key={p.fileName}>
              {p.fileName}：{p.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
