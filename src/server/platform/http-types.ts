import type { Lang } from '../../contracts/i18n.ts';
import type { Permission } from '../../contracts/roles.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from './actor.ts';
import type { FieldCipher } from './crypto.ts';
import type { Jobs } from './jobs.ts';
import type { FileStorage } from './storage.ts';

/**
 * How a route may be reached. Every route declares one; registering a route
 * without it fails at start-up (see access.ts), and the authorization matrix
 * test enumerates them.
 */
export type Access =
  | { public: true }
  /** Any signed-in account; `duringPasswordChange` keeps it open while a password change is pending. */
  | { authenticated: true; duringPasswordChange?: boolean }
  | { permission: Permission };

export interface RouteInfo {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    lang: Lang;
  }
  interface FastifyInstance {
    database: Database;
    config: Config;
    /** Encrypts and decrypts sensitive personal fields. */
    cipher: FieldCipher;
    /** Where attachments are kept. */
    storage: FileStorage;
    /** Every route with its declared access, in registration order. */
    routeTable: RouteInfo[];
    /** Background jobs (reminders, cockpit refresh, webhook deliveries, report workbooks). */
    jobs: Jobs;
    /** Set on SIGTERM: /readyz answers 503 from then on. */
    shuttingDown: boolean;
  }
}
