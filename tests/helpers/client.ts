import type { Me } from '../../src/contracts/auth.ts';

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  /** Raw Set-Cookie header lines. */
  setCookies: string[];
}

/**
 * A browser-like HTTP client over a real socket: keeps the session cookie,
 * sends the CSRF token it was given, and a chosen Accept-Language.
 */
export class Client {
  cookies = new Map<string, string>();
  csrfToken: string | null = null;
  lang = 'zh-CN';

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    opts: { body?: unknown; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { 'accept-language': this.lang, ...opts.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const mutating = method !== 'GET' && method !== 'HEAD';
    if (mutating && opts.csrf !== false && this.csrfToken) headers['x-csrf-token'] ??= this.csrfToken;
    let payload: string | Buffer | undefined;
    if (Buffer.isBuffer(opts.body)) {
      // A file upload (e.g. an xlsx import): sent as is, with the caller's content type.
      payload = opts.body;
      headers['content-type'] ??= 'application/octet-stream';
    } else if (opts.body !== undefined) {
      payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body: payload, redirect: 'manual' });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const type = res.headers.get('content-type') ?? '';
    const body = (type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer())) as T;
    return { status: res.status, headers: res.headers, body, setCookies };
  }

  get<T = unknown>(path: string, opts?: { headers?: Record<string, string> }) {
    return this.request<T>('GET', path, opts);
  }
  post<T = unknown>(path: string, body: unknown = {}, opts?: { headers?: Record<string, string>; csrf?: boolean }) {
    return this.request<T>('POST', path, { ...opts, body });
  }
  put<T = unknown>(path: string, body: unknown = {}, opts?: { headers?: Record<string, string>; csrf?: boolean }) {
    return this.request<T>('PUT', path, { ...opts, body });
  }
  patch<T = unknown>(path: string, body: unknown = {}, opts?: { headers?: Record<string, string>; csrf?: boolean }) {
    return this.request<T>('PATCH', path, { ...opts, body });
  }

  /** Signs in and remembers the session cookie and CSRF token. */
  async login(username: string, password: string): Promise<HttpResponse<Me>> {
    const res = await this.post<Me>('/api/auth/login', { username, password });
    if (res.status === 200) this.csrfToken = res.body.csrfToken;
    return res;
  }
}
