import { ApiRequestError } from '../../app/api/client.ts';
import { uploadConcernAttachment } from './api.ts';

export interface UploadProblem {
  fileName: string;
  message: string;
}

/** Uploads a new concern's files one after another; what the server refused comes back with its reason. */
export async function uploadConcernFiles(concernId: number, files: File[]): Promise<UploadProblem[]> {
  const problems: UploadProblem[] = [];
  for (const file of files) {
    try {
      await uploadConcernAttachment(concernId, file);
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
