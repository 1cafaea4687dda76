import { z } from 'zod';
import { pageOf, pageQuery } from './common.ts';
import { REMINDER_KINDS } from './notifications.ts';

/**
 * Chat-group robots (群机器人: WeCom / DingTalk style webhooks) configured on a unit:
 * they hear of the reminders whose item lies in the unit's subtree. Each message is
 * a delivery, retried with backoff; every attempt is kept (the delivery log).
 */
const id = z.number().int().positive();
const ref = z.object({ id: z.number().int(), name: z.string() });
const version = z.number().int().positive();

export const WEBHOOK_KINDS = ['wecom', 'dingtalk'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];
/** The notification kinds a robot may choose: the reminder run's item kinds (digests stay in-app). Empty choice = all. */
export const WEBHOOK_NOTIFICATION_KINDS = REMINDER_KINDS;
export type WebhookNotificationKind = (typeof WEBHOOK_NOTIFICATION_KINDS)[number];
export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Delivery policy: attempts before a delivery fails, first retry delay (doubling), lines per message. */
export const WEBHOOK_MAX_ATTEMPTS = 5;
export const WEBHOOK_RETRY_BASE_SECONDS = 30;
export const WEBHOOK_MAX_LINES = 20;

/** Delay before the next attempt after `attempts` failed ones: 30 s · 2^(attempts − 1). */
export function retryDelaySeconds(attempts: number): number {
  return WEBHOOK_RETRY_BASE_SECONDS * 2 ** Math.max(0, attempts - 1);
}

/**
 * A robot address as shown and audited: the query string (WeCom's `key`, DingTalk's
 * `access_token`) and any user info are masked, the host and path kept.
 */
export function maskUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '***';
  }
  const params = [...u.searchParams.keys()].map((k) => `${encodeURIComponent(k)}=***`);
  const auth = u.username || u.password ? '***@' : '';
  return `${u.protocol}//${auth}${u.host}${u.pathname}${params.length ? `?${params.join('&')}` : u.search ? '?***' : ''}`;
}

/** Whether a robot address may be used: an absolute http(s) URL. */
export function isRobotUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

const kinds = z.array(z.enum(WEBHOOK_NOTIFICATION_KINDS)).max(WEBHOOK_NOTIFICATION_KINDS.length);
const robotContent = {
  name: z.string().trim().min(1).max(100),
  kind: z.enum(WEBHOOK_KINDS),
  kinds: kinds.default([]),
  enabled: z.boolean().default(true),
};
const url = z.string().trim().min(1).max(2000);
const secret = z.string().trim().min(1).max(200);

export const createWebhookBody = z.strictObject({
  unitId: id,
  ...robotContent,
  url,
  /** DingTalk signing secret (加签); stored encrypted, never returned. */
  secret: secret.nullable().optional(),
});
export type CreateWebhookBody = z.infer<typeof createWebhookBody>;

export const updateWebhookBody = z.strictObject({
  ...robotContent,
  /** Absent = keep the stored address (the list only shows it masked). */
  url: url.optional(),
  /** Absent = keep, null = remove, a string = replace. */
  secret: secret.nullable().optional(),
  version,
});
export type UpdateWebhookBody = z.infer<typeof updateWebhookBody>;

export const webhookListQuery = z.strictObject({
  unitId: z.coerce.number().int().positive().optional(),
});
export const deleteWebhookQuery = z.strictObject({ version: z.coerce.number().int().positive() });

export const webhookSchema = z.object({
  id: z.number().int(),
  unit: ref,
  name: z.string(),
  kind: z.enum(WEBHOOK_KINDS),
  /** Masked (maskUrl): the token never travels back. */
  url: z.string(),
  hasSecret: z.boolean(),
  kinds: z.array(z.enum(WEBHOOK_NOTIFICATION_KINDS)),
  enabled: z.boolean(),
  lastDelivery: z
    .object({ status: z.enum(DELIVERY_STATUSES), at: z.string(), statusCode: z.number().int().nullable() })
    .nullable(),
  version: z.number().int(),
});
export type Webhook = z.infer<typeof webhookSchema>;
export const webhookList = z.array(webhookSchema);

export const attemptSchema = z.object({
  attempt: z.number().int(),
  at: z.string(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});
export type DeliveryAttempt = z.infer<typeof attemptSchema>;

export const deliverySchema = z.object({
  id: z.number().int(),
  /** test | notifications */
  source: z.string(),
  title: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  log: z.array(attemptSchema),
});
export type Delivery = z.infer<typeof deliverySchema>;
export const deliveryListQuery = z.strictObject({ ...pageQuery });
export const deliveryList = pageOf(deliverySchema);
export type DeliveryList = z.infer<typeof deliveryList>;
