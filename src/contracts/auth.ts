import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from './password-policy.ts';
import { PERMISSIONS, ROLES } from './roles.ts';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type LoginBody = z.infer<typeof loginBody>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const scopeUnitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
});

export const meSchema = z.object({
  account: z.object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    /** The person behind the login, or null for technical accounts. */
    personId: z.number().int().nullable(),
  }),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.enum(PERMISSIONS)),
  scope: z.array(scopeUnitSchema),
  /** True when the password must be changed before anything else is allowed. */
  mustChangePassword: z.boolean(),
  passwordExpiresAt: z.string().nullable(),
  csrfToken: z.string(),
  session: z.object({ idleMinutes: z.number().int(), expiresAt: z.string() }),
});
export type Me = z.infer<typeof meSchema>;

export const demoAccountSchema = z.object({ username: z.string(), role: z.enum(ROLES) });

/** What the login page needs before anyone is signed in. */
export const publicConfigSchema = z.object({
  demo: z.boolean(),
  demoPassword: z.string().nullable(),
  demoAccounts: z.array(demoAccountSchema),
  enterpriseName: z.string(),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;
