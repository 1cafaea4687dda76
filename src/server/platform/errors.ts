import type { z } from 'zod';
import type { ErrorCode } from '../../contracts/errors.ts';
import type { Lang, Localized } from '../../contracts/i18n.ts';
import { fieldLabel } from '../../contracts/validation.ts';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  PASSWORD_CHANGE_REQUIRED: 403,
  PASSWORD_POLICY: 400,
  PASSWORD_REUSED: 400,
  PASSWORD_WRONG: 400,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  USERNAME_TAKEN: 409,
  DUPLICATE: 409,
  IMPORT_NOT_XLSX: 400,
  IMPORT_TOO_LARGE: 413,
  IMPORT_WRONG_SHEET: 400,
  IMPORT_MISSING_COLUMNS: 400,
  IMPORT_TOO_MANY_ROWS: 400,
  IMPORT_EMPTY: 400,
  ROLE_CONFLICT: 400,
  SELF_MODIFICATION: 400,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * The one error type domain code throws. The error handler turns it into
 * {code, message, details} with the message in the caller's language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: Record<string, string | number> | undefined;
  readonly details: unknown;
  /** Set when an existing object was hidden from the caller; the error handler audits the denial. */
  readonly deniedTarget: { type: string; id: string | number } | undefined;

  constructor(
    code: ErrorCode,
    opts: {
      params?: Record<string, string | number>;
      details?: unknown;
      message?: string;
      deniedTarget?: { type: string; id: string | number };
    } = {},
  ) {
    super(opts.message ?? code);
    this.code = code;
    this.status = STATUS[code];
    this.params = opts.params;
    this.details = opts.details;
    this.deniedTarget = opts.deniedTarget;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
/** An object exists but lies outside the caller's scope: answered exactly like a missing one. */
export const outOfScope = (type: string, id: string | number) =>
  new AppError('NOT_FOUND', { deniedTarget: { type, id } });
export const staleVersion = () => new AppError('STALE_VERSION');

/** Raised by the request validator; localized by the error handler, which knows the language. */
export class RequestValidationError extends Error {
  readonly issues: readonly z.core.$ZodIssue[];
  readonly part: string;
  readonly statusCode = 400;
  constructor(issues: readonly z.core.$ZodIssue[], part: string) {
    super('request validation failed');
    this.issues = issues;
    this.part = part;
  }
}

/** A refusal because of the current state, with the reason in the caller's language. */
export function conflict(lang: Lang, reason: Localized): AppError {
  return new AppError('CONFLICT', { params: { reason: reason[lang] } });
}

/** A natural key (unit code, employee number…) that is already taken. */
export function duplicate(lang: Lang, field: string, value: string): AppError {
  return new AppError('DUPLICATE', {
    params: { label: fieldLabel(field, lang), value },
    details: { fields: [{ field, reason: 'duplicate' }] },
  });
}

/** Input that passed the schema but breaks a rule, naming the field. */
export function invalidField(lang: Lang, field: string, reason: string, message: Localized): AppError {
  return new AppError('VALIDATION_FAILED', {
    params: { summary: `「${fieldLabel(field, lang)}」${message[lang]}` },
    details: { fields: [{ field, reason, message: `「${fieldLabel(field, lang)}」${message[lang]}` }] },
  });
}

/** A referenced object (by id in a body field) that does not exist or lies outside the caller's reach. */
export function outOfReachField(lang: Lang, field: string): AppError {
  return invalidField(lang, field, 'out_of_reach', {
    'zh-CN': '不存在或不在您的工作范围内',
    'en-US': 'does not exist or is outside your reach',
  });
}
