import { and, desc, eq, sql } from 'drizzle-orm';
import type { Lang } from '../../../contracts/i18n.ts';
import {
  type CreateWebhookBody,
  type DeliveryStatus,
  isRobotUrl,
  maskUrl,
  type UpdateWebhookBody,
  type Webhook,
  type WebhookKind,
  type WebhookNotificationKind,
} from '../../../contracts/webhooks.ts';
import type { Db } from '../../db/client.ts';
import { unitWebhooks } from '../../db/schema/notifications.ts';
import { units } from '../../db/schema/units.ts';
import type { Actor, ServiceContext } from '../../platform/actor.ts';
import { writeAudit } from '../../platform/audit.ts';
import { invalidField, staleVersion } from '../../platform/errors.ts';
import { inScope, underPaths } from '../../platform/scope.ts';
import { loadUnitInScope, unitInReach } from '../units/queries.ts';
import { webhookInScope } from './access.ts';

/** Chat-group robots of units: configure, list (address masked, secret never shown), delete. */

function checkUrl(lang: Lang, url: string): void {
  if (!isRobotUrl(url)) {
    throw invalidField(lang, 'url', 'not_http_url', {
      'zh-CN': '必须是以 http:// 或 https:// 开头的完整地址',
      'en-US': 'must be a full address starting with http:// or https://',
    });
  }
}

/** What the audit keeps of a robot: the address masked, only whether a secret is set. */
function audited(w: {
  unitId: number;
  name: string;
  kind: string;
  url: string;
  secretEnc: string | null;
  kinds: string[];
  enabled: boolean;
}) {
  return {
    unitId: w.unitId,
    name: w.name,
    kind: w.kind,
    url: maskUrl(w.url),
    hasSecret: w.secretEnc !== null,
    kinds: w.kinds,
    enabled: w.enabled,
  };
}

export async function createWebhook(tx: Db, ctx: ServiceContext, body: CreateWebhookBody): Promise<number> {
  await unitInReach(tx, ctx.lang, ctx.actor, body.unitId, 'unitId');
  checkUrl(ctx.lang, body.url);
  const [w] = await tx
    .insert(unitWebhooks)
    .values({
      unitId: body.unitId,
      name: body.name,
      kind: body.kind,
      url: body.url,
      secretEnc: body.secret ? ctx.cipher.encrypt(body.secret) : null,
      kinds: [...new Set(body.kinds)],
      enabled: body.enabled,
      createdBy: ctx.actor.accountId,
    })
    .returning();
  await writeAudit(tx, ctx.audit, {
    action: 'webhook.create',
    targetType: 'unit_webhook',
    targetId: w!.id,
    after: audited(w!),
  });
  return w!.id;
}

export async function updateWebhook(tx: Db, ctx: ServiceContext, id: number, body: UpdateWebhookBody): Promise<void> {
  const { webhook: before } = await webhookInScope(tx, ctx.actor, id, true);
  if (before.version !== body.version) throw staleVersion();
  if (body.url !== undefined) checkUrl(ctx.lang, body.url);
  const secretEnc =
    body.secret === undefined ? before.secretEnc : body.secret === null ? null : ctx.cipher.encrypt(body.secret);
  const [after] = await tx
    .update(unitWebhooks)
    .set({
      name: body.name,
      kind: body.kind,
      url: body.url ?? before.url,
      secretEnc,
      kinds: [...new Set(body.kinds)],
      enabled: body.enabled,
      updatedAt: sql`now()`,
      version: sql`${unitWebhooks.version} + 1`,
    })
    .where(eq(unitWebhooks.id, id))
    .returning();
  const detail =
    body.secret !== undefined && before.secretEnc !== null && body.secret !== null ? { secretReplaced: true } : {};
  await writeAudit(tx, ctx.audit, {
    action: 'webhook.update',
    targetType: 'unit_webhook',
    targetId: id,
    before: audited(before),
    after: audited(after!),
    ...(Object.keys(detail).length ? { detail } : {}),
  });
}

export async function deleteWebhook(tx: Db, ctx: ServiceContext, id: number, version: number): Promise<void> {
  const { webhook: before } = await webhookInScope(tx, ctx.actor, id, true);
  if (before.version !== version) throw staleVersion();
  await tx.delete(unitWebhooks).where(eq(unitWebhooks.id, id));
  await writeAudit(tx, ctx.audit, {
    action: 'webhook.delete',
    targetType: 'unit_webhook',
    targetId: id,
    before: audited(before),
  });
}

/** Robots of units in the caller's scope (under a unit when given; a unit out of scope answers 404). */
export async function listWebhooks(
  db: Db,
  actor: Actor,
  q: { unitId?: number | undefined; id?: number },
): Promise<Webhook[]> {
  const under =
    q.unitId === undefined ? undefined : underPaths(units.path, [(await loadUnitInScope(db, actor, q.unitId)).path]);
  const rows = await db
    .select({
      id: unitWebhooks.id,
      unitId: units.id,
      unitName: units.name,
      name: unitWebhooks.name,
      kind: unitWebhooks.kind,
      url: unitWebhooks.url,
      hasSecret: sql<boolean>`${unitWebhooks.secretEnc} is not null`,
      kinds: unitWebhooks.kinds,
      enabled: unitWebhooks.enabled,
      version: unitWebhooks.version,
      last: sql<{ status: DeliveryStatus; at: string; status_code: number | null } | null>`(
        select json_build_object('status', d.status, 'at', coalesce(d.sent_at, a.at, d.created_at), 'status_code', d.last_status_code)
        from webhook_deliveries d
        left join lateral (select max(at) as at from webhook_attempts wa where wa.delivery_id = d.id) a on true
        where d.webhook_id = ${unitWebhooks.id}
        order by d.id desc limit 1)`,
    })
    .from(unitWebhooks)
    .innerJoin(units, eq(units.id, unitWebhooks.unitId))
    .where(and(inScope(units.path, actor), under, q.id === undefined ? undefined : eq(unitWebhooks.id, q.id)))
    .orderBy(units.path, unitWebhooks.name, desc(unitWebhooks.id));
  return rows.map((r) => ({
    id: r.id,
    unit: { id: r.unitId, name: r.unitName },
    name: r.name,
    kind: r.kind as WebhookKind,
    url: maskUrl(r.url),
    hasSecret: Boolean(r.hasSecret),
    kinds: r.kinds as WebhookNotificationKind[],
    enabled: r.enabled,
    lastDelivery: r.last
      ? {
          status: r.last.status,
          at: new Date(r.last.at).toISOString(),
          statusCode: r.last.status_code === null ? null : Number(r.last.status_code),
        }
      : null,
    version: r.version,
  }));
}
