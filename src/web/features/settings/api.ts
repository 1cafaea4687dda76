import { type SecuritySettings, securitySettingsView } from '../../../contracts/settings.ts';
import { api } from '../../app/api/client.ts';

export const settingsKey = ['settings', 'security'] as const;

export const fetchSecuritySettings = () => api('GET', '/api/settings/security', securitySettingsView);

export const saveSecuritySettings = (value: SecuritySettings, version: number) =>
  api('PUT', '/api/settings/security', securitySettingsView, { value, version });
