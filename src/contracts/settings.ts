import { z } from 'zod';

/** Security policy knobs the system administrator may change (defaults from the environment). */
export const securitySettingsSchema = z.strictObject({
  passwordExpiryDays: z.number().int().min(0).max(3650),
  passwordHistory: z.number().int().min(0).max(24),
  sessionIdleMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  sessionAbsoluteHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 7),
  lockoutThreshold: z.number().int().min(1).max(100),
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  loginRatePerMinute: z.number().int().min(1).max(10000),
});
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

export const securitySettingsView = z.object({
  value: securitySettingsSchema,
  version: z.number().int(),
});
export const updateSecuritySettingsBody = z.strictObject({
  value: securitySettingsSchema,
  version: z.number().int().min(0),
});
