import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError, ErrorCode } from '../../contracts/errors.ts';
import { errorMessage } from '../../contracts/messages.ts';
import { localizeIssues, summarize } from '../../contracts/validation.ts';
import { auditDenial } from './access.ts';
import { AppError, RequestValidationError } from './errors.ts';

function send(reply: FastifyReply, status: number, body: ApiError): FastifyReply {
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/**
 * Domain errors name the fields they concern ({field, reason}); each field
 * error gets the localized message unless the service gave a finer one.
 */
function withFieldMessages(details: unknown, message: string): unknown {
  if (!details || typeof details !== 'object' || !('fields' in details) || !Array.isArray(details.fields))
    return details;
  const fields = (details.fields as { field: string; reason: string; message?: string }[]).map((f) => ({
    ...f,
    message: f.message ?? message,
  }));
  return { ...details, fields };
}

/** Fastify's own 4xx errors (bad JSON, wrong content type, body too large) as our codes. */
function frameworkCode(status: number): ErrorCode {
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'VALIDATION_FAILED';
}

/**
 * One error model for the whole API: {code, message, details}. Messages are in
 * the caller's language; stack traces and SQL never leave the server.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (err: FastifyError | AppError | RequestValidationError, req: FastifyRequest, reply) => {
    const lang = req.lang ?? 'zh-CN';
    if (err instanceof AppError) {
      if (err.deniedTarget) await auditDenial(app, req, req.actor, 'out_of_scope', err.deniedTarget);
      const message = errorMessage(err.code, lang, err.params);
      return send(reply, err.status, { code: err.code, message, details: withFieldMessages(err.details, message) });
    }
    if (err instanceof RequestValidationError) {
      const fields = localizeIssues(err.issues, lang);
      const message = errorMessage('VALIDATION_FAILED', lang, { summary: summarize(fields, lang) });
      return send(reply, 400, { code: 'VALIDATION_FAILED', message, details: { part: err.part, fields } });
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = frameworkCode(status);
      const summary = lang === 'zh-CN' ? '请求格式不正确' : 'malformed request';
      return send(reply, status, {
        code,
        message: errorMessage(code, lang, { summary, reason: summary }),
        details: { reason: err.code ?? 'BAD_REQUEST' },
      });
    }
    // Unique-constraint races that a service did not pre-empt are conflicts, not crashes.
    const pgCode = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    if (pgCode === '23505' || pgCode === '40001') {
      const reason = lang === 'zh-CN' ? '数据已被并发修改' : 'concurrent change';
      return send(reply, 409, { code: 'CONFLICT', message: errorMessage('CONFLICT', lang, { reason }) });
    }
    req.log.error({ err }, 'unhandled error');
    return send(reply, 500, { code: 'INTERNAL', message: errorMessage('INTERNAL', lang) });
  });
}
