import type { Lang } from '../../contracts/i18n.ts';
import type { Permission, Role } from '../../contracts/roles.ts';
import type { AuditContext } from './audit.ts';
import type { FieldCipher } from './crypto.ts';

/** The signed-in account as every service sees it. */
export interface Actor {
  accountId: number;
  username: string;
  displayName: string;
  /** The person behind the login (pairings, committee seats), or null for technical accounts. */
  personId: number | null;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  /** Roots of the data scope and their paths ("/1/5/"): every business query is cut to these subtrees. */
  scopeUnitIds: number[];
  scopePaths: string[];
  mustChangePassword: boolean;
  passwordExpiresAt: Date | null;
  sessionId: string;
  csrfToken: string;
  sessionExpiresAt: Date;
}

/** What a service needs besides its input: who acts, for the audit row, and in which language. */
export interface ServiceContext {
  actor: Actor;
  audit: AuditContext;
  lang: Lang;
  cipher: FieldCipher;
}

export function auditContextOf(actor: Actor | null, ip: string | null, requestId: string | null): AuditContext {
  return {
    actorId: actor?.accountId ?? null,
    actorUsername: actor?.username ?? null,
    ip,
    requestId,
  };
}
