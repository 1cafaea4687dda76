import path from 'node:path';
import type { SecuritySettings } from '../contracts/settings.ts';

/** Everything the process reads from its environment, read once, in one place. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  /** Attachments (FILES_DIR, default DATA_DIR/files); shared storage when several nodes run. */
  filesDir: string;
  /** postgres://… when running on PostgreSQL; null for the embedded PGlite database. */
  databaseUrl: string | null;
  /** Demo data and demo accounts: only on the embedded database, and unless LIANDIAN_DEMO=0. */
  demo: boolean;
  /** Mark session cookies Secure (behind TLS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy. */
  trustProxy: boolean;
  /** Seconds /readyz answers 503 before the server stops accepting, so a balancer can drain it. */
  shutdownDrainSeconds: number;
  shutdownTimeoutSeconds: number;
  logLevel: string;
  webDir: string;
  securityDefaults: SecuritySettings;
  /** Extra routes used only by the test suite (a slow request for graceful shutdown). */
  testRoutes: boolean;
  /** 32-byte key for sensitive fields; null until resolved from the environment or DATA_DIR (see crypto.ts). */
  dataKey: Buffer | null;
  /** `pgboss` (JOBS unset): background jobs queued in the database. `inline` (JOBS=inline): run in-process, no schedule. */
  jobs: 'pgboss' | 'inline';
}

function int(env: NodeJS.ProcessEnv, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${key} must be a non-negative integer, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const root = process.cwd();
  const dataDir = path.resolve(root, env.DATA_DIR ?? 'data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 8080),
    dataDir,
    filesDir: path.resolve(root, env.FILES_DIR ?? path.join(dataDir, 'files')),
    databaseUrl,
    demo: databaseUrl === null && env.LIANDIAN_DEMO !== '0',
    secureCookies: env.COOKIE_SECURE === '1',
    trustProxy: env.TRUST_PROXY === '1',
    shutdownDrainSeconds: int(env, 'SHUTDOWN_DRAIN_SECONDS', 0),
    shutdownTimeoutSeconds: int(env, 'SHUTDOWN_TIMEOUT_SECONDS', 30),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(root, env.WEB_DIR ?? 'dist/web'),
    securityDefaults: {
      passwordExpiryDays: int(env, 'PASSWORD_EXPIRY_DAYS', 90),
      passwordHistory: int(env, 'PASSWORD_HISTORY', 5),
      sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30),
      sessionAbsoluteHours: int(env, 'SESSION_ABSOLUTE_HOURS', 12),
      lockoutThreshold: int(env, 'LOCKOUT_THRESHOLD', 5),
      lockoutMinutes: int(env, 'LOCKOUT_MINUTES', 15),
      loginRatePerMinute: int(env, 'LOGIN_RATE_PER_MINUTE', 30),
    },
    testRoutes: env.LIANDIAN_TEST_ROUTES === '1',
    dataKey: null,
    jobs: env.JOBS === 'inline' ? 'inline' : 'pgboss',
  };
}
