import { z } from 'zod';
import { type CreateSchemeBody, schemeSchema, type UpdateSchemeBody } from '../../../contracts/schemes.ts';
import { api } from '../../app/api/client.ts';

export const listSchemes = () => api('GET', '/api/schemes', z.array(schemeSchema));

export const createScheme = (body: CreateSchemeBody) => api('POST', '/api/schemes', schemeSchema, body);

export const updateScheme = (id: number, body: UpdateSchemeBody) =>
  api('PUT', `/api/schemes/${id}`, schemeSchema, body);

export const schemeKeys = { all: ['schemes'] as const };
