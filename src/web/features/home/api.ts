import { homeSchema } from '../../../contracts/home.ts';
import { api } from '../../app/api/client.ts';

export const fetchHome = () => api('GET', '/api/home', homeSchema);

export const homeKeys = { all: ['home'] as const };
