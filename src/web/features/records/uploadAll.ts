import { ApiRequestError } from '../../app/api/client.ts';

export interface UploadProblem {
  fileName: string;
  message: string;
}

/**
 * Uploads files one after another with `upload` (a record's, a concern's);
 * what the server refused comes back with its reason.
 */
export async function uploadAll(files: File[], upload: (file: File) => Promise<unknown>): Promise<UploadProblem[]> {
  const problems: UploadProblem[] = [];
  for (const file of files) {
    try {
      await upload(file);
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
