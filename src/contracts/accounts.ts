import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { ROLES } from './roles.ts';

export const USERNAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/;

export const accountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  roles: z.array(z.enum(ROLES)),
  scope: z.array(z.object({ id: z.number().int(), code: z.string(), name: z.string() })),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Account = z.infer<typeof accountSchema>;

export const accountListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().max(64).optional(),
});
export const accountPage = pageOf(accountSchema);

export const createAccountBody = z.strictObject({
  username: z.string().trim().regex(USERNAME_PATTERN),
  displayName: z.string().trim().min(1).max(64),
});
export type CreateAccountBody = z.infer<typeof createAccountBody>;

/** An issued password is shown once and must be changed at first login. */
export const issuedPasswordSchema = z.object({
  account: accountSchema,
  oneTimePassword: z.string(),
});

export const updateAccountBody = z.strictObject({
  displayName: z.string().trim().min(1).max(64).optional(),
  disabled: z.boolean().optional(),
  version: z.number().int().positive(),
});
export type UpdateAccountBody = z.infer<typeof updateAccountBody>;

export const resetPasswordBody = z.strictObject({ version: z.number().int().positive() });

export const grantBody = z.strictObject({
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  scopeUnitIds: z.array(z.number().int().positive()).max(200),
  version: z.number().int().positive(),
});
export type GrantBody = z.infer<typeof grantBody>;
