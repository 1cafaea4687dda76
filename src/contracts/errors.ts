import { z } from 'zod';

/** Every error the API answers with has one of these codes. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  'PASSWORD_POLICY',
  'PASSWORD_REUSED',
  'PASSWORD_WRONG',
  'CSRF_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'STALE_VERSION',
  'USERNAME_TAKEN',
  'DUPLICATE',
  'IMPORT_NOT_XLSX',
  'IMPORT_TOO_LARGE',
  'IMPORT_WRONG_SHEET',
  'IMPORT_MISSING_COLUMNS',
  'IMPORT_TOO_MANY_ROWS',
  'IMPORT_EMPTY',
  'ROLE_CONFLICT',
  'SELF_MODIFICATION',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  field: z.string(),
  reason: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
