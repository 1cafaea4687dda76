import { ApiRequestError } from '../../app/api/client.ts';
import { uploadAttachment } from './api.ts';

export interface UploadProblem {
  fileName: string;
  message: string;
}

/** Uploads files one after another; what the server refused comes back with its reason. */
export async function uploadAll(recordId: number, files: File[]): Promise<UploadProblem[]> {
  const problems: UploadProblem[] = [];
  for (const file of files) {
    try {
      await uploadAttachment(recordId, file);
    } catch (err) {
      const message =
        err instanceof ApiRequestError
          ? (err.fieldProblems[0]?.message ?? err.message)
          : err instanceof Error
            ? err.message
            : String(err);
      problems.push({ fileName: file.name, message });
    }
  }
  return problems;
}
