import type { Role } from '../../src/contracts/roles.ts';
import type { TestEnv } from '../helpers/app.ts';
import type { Client } from '../helpers/client.ts';

/** The shape of the authorization matrix's rows, shared by the files that contribute rows. */
export type Scope = 'in' | 'out';
export interface Req {
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Ctx {
  env: TestEnv;
  role: Role | null;
  /** A unit inside the role's scope. */
  inScopeUnit: number;
  client: Client;
}
export interface Case {
  /** Who may call it: 'public' (anyone), 'authenticated' (any signed-in role) or the roles. */
  allow: 'public' | 'authenticated' | readonly Role[];
  /** Status an allowed caller gets for the in-scope request. */
  ok: number;
  /** Whether the route addresses a unit-scoped object (then out of scope must answer 404). */
  scoped?: boolean;
  request(ctx: Ctx, scope: Scope): Req | Promise<Req>;
}
