import type { ConcernState, ConcernTransitionBody } from '../../../contracts/concerns.ts';
import { CONCERN_ACTION_NAMES, CONCERN_STATE_NAMES } from '../../../contracts/concerns.ts';
import type { Localized } from '../../../contracts/i18n.ts';
import type { Db } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/actor.ts';
import { AppError, conflict, invalidField, staleVersion } from '../../platform/errors.ts';
import { type ConcernPatch, commitTransition, type EventFacts } from './commit.ts';
import { loadConcernIn, placeOf } from './detail.ts';
import { checkHandler } from './handlers.ts';
import { mayAct, nextOf, type Position, transitionAt } from './policy.ts';
import type { ConcernRow } from './queries.ts';
import { departmentAbove, routeFor } from './routing.ts';
import { dueDate, slaOf } from './sla.ts';
import { standingOf } from './standing.ts';

/** A text the action needs; missing, the field is named with what it is for. */
function required(ctx: ServiceContext, field: string, value: string | null | undefined, what: Localized): string {
  if (value?.trim()) return value.trim();
  throw invalidField(ctx.lang, field, 'required', {
    'zh-CN': `不能为空（${what['zh-CN']}）`,
    'en-US': `is required (${what['en-US']})`,
  });
}

/**
 * One step of the workflow. Checks, in order: the caller may read the concern (else
 * 404); it has not changed since the caller read it (else STALE_VERSION, "reload");
 * the action is possible in its state and tier (else 409 naming both); the caller's
 * role and scope allow it (else 403); the action's own input (else 400 naming the field).
 */
export async function transitionConcern(
  tx: Db,
  ctx: ServiceContext,
  id: number,
  body: ConcernTransitionBody,
  reach: readonly string[],
  today: string,
): Promise<void> {
  const row = await loadConcernIn(tx, ctx.actor, reach, id);
  const c = row.c;
  if (c.version !== body.version) throw staleVersion();
  const at: Position = { state: c.state as ConcernState, tier: c.tier };
  const t = transitionAt(body.action, at);
  if (!t) {
    throw conflict(ctx.lang, {
      'zh-CN': `该事项当前为第${at.tier}级「${CONCERN_STATE_NAMES[at.state]['zh-CN']}」，不能执行「${CONCERN_ACTION_NAMES[body.action]['zh-CN']}」`,
      'en-US': `the concern is ${CONCERN_STATE_NAMES[at.state]['en-US'].toLowerCase()} at tier ${at.tier}; "${CONCERN_ACTION_NAMES[body.action]['en-US']}" is not possible`,
    });
  }
  if (body.action === 'decide') {
    throw conflict(ctx.lang, {
      'zh-CN': '党委决定须在党委会议记录中录入',
      'en-US': 'a committee decision is entered with the committee meeting',
    });
  }
  if (!mayAct(t, standingOf(ctx.actor, reach, placeOf(row)))) throw new AppError('FORBIDDEN');
  const { patch, event } = await stepOf(tx, ctx, row, body, at, today);
  await commitTransition(tx, ctx, c, body.action, at, nextOf(t, at), patch, event);
}

async function stepOf(
  tx: Db,
  ctx: ServiceContext,
  row: ConcernRow,
  body: ConcernTransitionBody,
  at: Position,
  today: string,
): Promise<{ patch: ConcernPatch; event: EventFacts }> {
  const c = row.c;
  const now = new Date();
  switch (body.action) {
    case 'resolve': {
      const note = required(ctx, 'note', body.note, { 'zh-CN': '请填写办结情况', 'en-US': 'the resolution' });
      return { patch: { resolvedAt: now, resolution: note }, event: { note } };
    }
    case 'escalate': {
      const reason = required(ctx, 'reason', body.reason, {
        'zh-CN': '请说明升级理由',
        'en-US': 'why it goes up a tier',
      });
      if (at.tier === 2) return { patch: { handlerAccountId: null, dueOn: null }, event: { reason } };
      return routeStep(tx, ctx, row, body, reason, today);
    }
    case 'accept':
    case 'reassign': {
      const departmentPath = row.departmentPath ?? '';
      const named =
        body.handlerAccountId ??
        (body.action === 'accept' && ctx.actor.roles.includes('handler') ? ctx.actor.accountId : null);
      if (named === null) {
        required(ctx, 'handlerAccountId', null, { 'zh-CN': '请指定责任人', 'en-US': 'the designated handler' });
      }
      const handlerAccountId = await checkHandler(tx, ctx.lang, named as number, departmentPath);
      return { patch: { handlerAccountId }, event: { handlerAccountId, note: body.note ?? null } };
    }
    case 'progress': {
      const note = required(ctx, 'note', body.note, { 'zh-CN': '请填写进展情况', 'en-US': 'the progress made' });
      return { patch: {}, event: { note } };
    }
    case 'return': {
      const reason = required(ctx, 'reason', body.reason, { 'zh-CN': '请说明退回理由', 'en-US': 'why it is returned' });
      // Back with the counselor: their SLA starts again today, the department's date no longer applies.
      return {
        patch: {
          departmentUnitId: null,
          handlerAccountId: null,
          routeOverrideReason: null,
          dueOn: await dueDate(tx, today, await slaOf(tx, c.category)),
        },
        event: { reason, departmentUnitId: c.departmentUnitId },
      };
    }
    case 'confirm': {
      if (body.satisfaction === null || body.satisfaction === undefined) {
        throw invalidField(ctx.lang, 'satisfaction', 'required', {
          'zh-CN': '请评价满意度（1–5 星）',
          'en-US': 'is required (1–5)',
        });
      }
      const comment = body.comment?.trim() || null;
      return {
        patch: { closedAt: now, satisfaction: body.satisfaction, satisfactionComment: comment },
        event: { satisfaction: body.satisfaction, note: comment },
      };
    }
    case 'reopen': {
      const reason = required(ctx, 'reason', body.reason, {
        'zh-CN': '请说明未解决之处',
        'en-US': 'what is still unsolved',
      });
      return {
        patch: { resolvedAt: null, dueOn: await dueDate(tx, today, await slaOf(tx, c.category)) },
        event: { reason },
      };
    }
    case 'reject': {
      const reason = required(ctx, 'reason', body.reason, {
        'zh-CN': '请说明不予受理的理由',
        'en-US': 'why it is rejected',
      });
      return { patch: { closedAt: now, dueOn: null }, event: { reason } };
    }
    default:
      throw new AppError('INTERNAL');
  }
}

/**
 * Tier 1 → 2: the routing table's department, or one the router names instead with
 * a reason. The department's SLA clock starts today.
 */
async function routeStep(
  tx: Db,
  ctx: ServiceContext,
  row: ConcernRow,
  body: ConcernTransitionBody,
  reason: string,
  today: string,
): Promise<{ patch: ConcernPatch; event: EventFacts }> {
  const c = row.c;
  const table = await routeFor(tx, row.outletPath, c.category);
  let departmentUnitId: number;
  let routeOverrideReason: string | null = null;
  if (body.departmentId && body.departmentId !== table?.department.id) {
    departmentUnitId = (await departmentAbove(tx, ctx.lang, 'departmentId', body.departmentId, row.outletPath)).id;
    routeOverrideReason = required(ctx, 'overrideReason', body.overrideReason, {
      'zh-CN': '未按分办表转办时须说明理由',
      'en-US': 'a department other than the routing table’s needs a reason',
    });
  } else if (table) {
    departmentUnitId = table.department.id;
  } else {
    throw invalidField(ctx.lang, 'departmentId', 'no_route', {
      'zh-CN': '分办表中没有该类别的归口部门，请指定',
      'en-US': 'has no entry in the routing table for this category; choose one',
    });
  }
  return {
    patch: {
      departmentUnitId,
      routeOverrideReason,
      handlerAccountId: null,
      dueOn: await dueDate(tx, today, await slaOf(tx, c.category)),
    },
    event: { reason, departmentUnitId, note: routeOverrideReason },
  };
}
