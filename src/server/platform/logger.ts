import type { FastifyServerOptions } from 'fastify';
import { maskIdNumbersInText } from './mask.ts';

/**
 * Structured JSON logs. Cookies, CSRF tokens and passwords are redacted by
 * path; any 18-digit ID number that slips into a message is masked on write.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.oneTimePassword',
      ],
      censor: '***',
    },
    hooks: {
      streamWrite: (s: string) => maskIdNumbersInText(s),
    },
  };
}
