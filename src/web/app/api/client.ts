import type { z } from 'zod';
import { apiErrorSchema, type ErrorCode } from '../../../contracts/errors.ts';
import { DEFAULT_LANG, type Lang } from '../../../contracts/i18n.ts';
import { translate } from '../i18n/translate.ts';

/**
 * The one way the web client talks to the server. Every request carries the
 * chosen language; every mutating request carries the CSRF token and a JSON
 * body; every answer is checked against the contract's zod schema, so a page
 * never works on data of a shape it did not expect.
 */

export interface FieldProblem {
  field: string;
  /** The server sends it for validation errors; some codes name only the field. */
  message: string | undefined;
}

export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(status: number, code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** details.fields, read defensively: the error model allows any details. */
  get fieldProblems(): FieldProblem[] {
    const fields = (this.details as { fields?: unknown } | null | undefined)?.fields;
    if (!Array.isArray(fields)) return [];
    const out: FieldProblem[] = [];
    for (const f of fields as unknown[]) {
      if (typeof f !== 'object' || f === null) continue;
      const { field, message } = f as { field?: unknown; message?: unknown };
      if (typeof field === 'string') out.push({ field, message: typeof message === 'string' ? message : undefined });
    }
    return out;
  }
}

/** Answers that say the session itself changed; the session layer re-reads /api/me or signs out. */
export type AuthProblem = 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED' | 'CSRF_FAILED';
const AUTH_PROBLEMS: readonly string[] = ['UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED', 'CSRF_FAILED'];
const isAuthProblem = (code: string): code is AuthProblem => AUTH_PROBLEMS.includes(code);

let lang: Lang = DEFAULT_LANG;
let csrfToken: string | null = null;
let authListener: ((problem: AuthProblem) => void) | null = null;

export function setRequestLang(next: Lang): void {
  lang = next;
}
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}
/** The session layer listens here to send the user to /login or /change-password. */
export function onAuthProblem(listener: (problem: AuthProblem) => void): () => void {
  authListener = listener;
  return () => {
    if (authListener === listener) authListener = null;
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toError(res: Response): Promise<ApiRequestError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: a proxy's error page, say. Handled below.
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data;
    return new ApiRequestError(res.status, code, message, details);
  }
  const code: ErrorCode = res.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL';
  return new ApiRequestError(res.status, code, translate(lang, 'error.unexpected', { status: res.status }));
}

/** A body sent as it is (a file), with its own content type. */
export interface RawBody {
  data: BodyInit;
  contentType: string;
  /** Extra headers describing the body (e.g. its file name). */
  headers?: Record<string, string>;
}

/**
 * Sends a request and returns the raw response when it succeeded; throws ApiRequestError otherwise.
 * The body goes as JSON, unless it is a RawBody (an uploaded file).
 */
export async function send(method: Method, path: string, body?: unknown, raw?: RawBody): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': lang, Accept: 'application/json' };
  const mutating = method !== 'GET';
  if (mutating) {
    headers['Content-Type'] = raw ? raw.contentType : 'application/json';
    if (raw?.headers) Object.assign(headers, raw.headers);
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: mutating ? (raw ? raw.data : JSON.stringify(body ?? {})) : undefined,
    });
  } catch {
    throw new ApiRequestError(0, 'SERVICE_UNAVAILABLE', translate(lang, 'error.network'));
  }
  if (res.ok) return res;
  const err = await toError(res);
  if (isAuthProblem(err.code)) authListener?.(err.code);
  throw err;
}

async function parsed<S extends z.ZodType>(res: Response, path: string, schema: S): Promise<z.infer<S>> {
  const out = schema.safeParse(await res.json());
  if (!out.success) {
    // The server is the source of truth; a mismatch is a bug worth a clear message, not a blank page.
    console.error('response does not match the contract', path, out.error.issues);
    throw new ApiRequestError(res.status, 'INTERNAL', translate(lang, 'error.unexpected', { status: res.status }));
  }
  return out.data;
}

/** A JSON request whose answer is parsed with the contract's schema. */
export async function api<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  return parsed(await send(method, path, body), path, schema);
}

/** Posts a file as the raw request body (same language and CSRF headers); the JSON answer is parsed with `schema`. */
export async function upload<S extends z.ZodType>(path: string, schema: S, raw: RawBody): Promise<z.infer<S>> {
  return parsed(await send('POST', path, undefined, raw), path, schema);
}
