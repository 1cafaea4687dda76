import { z } from 'zod';
import {
  accountPage,
  accountSchema,
  type CreateAccountBody,
  type GrantBody,
  issuedPasswordSchema,
  type UpdateAccountBody,
} from '../../../contracts/accounts.ts';
import { unitPickerItemSchema } from '../../../contracts/units.ts';
import { api, withQuery } from '../../app/api/client.ts';

export type IssuedPassword = z.infer<typeof issuedPasswordSchema>;

export const listAccounts = (query: { page: number; pageSize: number; q?: string }) =>
  api('GET', withQuery('/api/accounts', query), accountPage);

export const createAccount = (body: CreateAccountBody) => api('POST', '/api/accounts', issuedPasswordSchema, body);

export const updateAccount = (id: number, body: UpdateAccountBody) =>
  api('PATCH', `/api/accounts/${id}`, accountSchema, body);

export const resetAccountPassword = (id: number, version: number) =>
  api('POST', `/api/accounts/${id}/reset-password`, issuedPasswordSchema, { version });

export const grantAccount = (id: number, body: GrantBody) =>
  api('PUT', `/api/accounts/${id}/grants`, accountSchema, body);

const pickerList = z.array(unitPickerItemSchema);

/** The whole unit tree for choosing scopes: children of a unit (roots without one), or a search. */
export const pickUnits = (query: { parentId?: number; q?: string }) =>
  api('GET', withQuery('/api/units/picker', query), pickerList);
