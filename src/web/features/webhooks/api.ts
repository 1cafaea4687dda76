import { createdSchema, okSchema } from '../../../contracts/common.ts';
import {
  type CreateWebhookBody,
  deliveryList,
  deliverySchema,
  type UpdateWebhookBody,
  webhookList,
  webhookSchema,
} from '../../../contracts/webhooks.ts';
import { api, withQuery } from '../../app/api/client.ts';

/** Chat-group robots, their delivery log and the test message. */
export const webhookKeys = {
  all: ['webhooks'] as const,
  list: (unitId: number | undefined) => ['webhooks', 'list', unitId ?? null] as const,
  deliveries: (id: number, page: number) => ['webhooks', 'deliveries', id, page] as const,
};

export const fetchWebhooks = (unitId: number | undefined) =>
  api('GET', withQuery('/api/webhooks', { unitId }), webhookList);
export const createWebhook = (body: CreateWebhookBody) => api('POST', '/api/webhooks', createdSchema, body);
export const updateWebhook = (id: number, body: UpdateWebhookBody) =>
  api('PUT', `/api/webhooks/${id}`, webhookSchema, body);
export const deleteWebhook = (id: number, version: number) =>
  api('DELETE', withQuery(`/api/webhooks/${id}`, { version }), okSchema);
export const testWebhook = (id: number) => api('POST', `/api/webhooks/${id}/test`, deliverySchema);
export const fetchDeliveries = (id: number, page: number) =>
  api('GET', withQuery(`/api/webhooks/${id}/deliveries`, { page, pageSize: 10 }), deliveryList);
