import { type ChangePasswordBody, meSchema, publicConfigSchema } from '../../../contracts/auth.ts';
import { api } from '../../app/api/client.ts';

export const fetchPublicConfig = () => api('GET', '/api/auth/config', publicConfigSchema);

export const changePassword = (body: ChangePasswordBody) => api('POST', '/api/auth/password', meSchema, body);
