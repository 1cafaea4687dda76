import { createHash, createHmac } from 'node:crypto';
import { WEBHOOK_MAX_LINES, type WebhookKind } from '../../../contracts/webhooks.ts';

/** What a delivery carries, whatever the robot's kind: a title and markdown text. */
export interface RobotMessage {
  title: string;
  text: string;
}

export interface MessageItem {
  title: string;
  link: string | null;
  dueOn: string | null;
}

/** Markdown control characters in item titles would change the message's layout. */
function plain(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/([*_`[\]#>])/g, '\\$1');
}

/**
 * One message listing a run's items for one robot: each item's title, due date and
 * link (as text: the robot cannot know the site's address), at most
 * WEBHOOK_MAX_LINES lines, then "另有 N 项".
 */
export function notificationMessage(items: readonly MessageItem[]): RobotMessage {
  const title = `联点党建提醒（${items.length} 项）`;
  const lines = items.slice(0, WEBHOOK_MAX_LINES).map((i) => {
    const due = i.dueOn ? `（期限 ${i.dueOn}）` : '';
    const link = i.link ? ` 链接：${i.link}` : '';
    return `- ${plain(i.title)}${due}${link}`;
  });
  const more = items.length - lines.length;
  if (more > 0) lines.push(`另有 ${more} 项`);
  return { title, text: `### ${title}\n${lines.join('\n')}` };
}

export function testMessage(unitName: string, robotName: string, by: string, at: Date): RobotMessage {
  const title = '联点群机器人测试消息';
  return {
    title,
    text: `### ${title}\n- 机器人：${plain(robotName)}（${plain(unitName)}）\n- 发送人：${plain(by)}\n- 时间：${at.toISOString()}`,
  };
}

/** The JSON body each kind of robot expects for a markdown message. */
export function robotBody(kind: WebhookKind, m: RobotMessage): unknown {
  if (kind === 'dingtalk') return { msgtype: 'markdown', markdown: { title: m.title, text: m.text } };
  return { msgtype: 'markdown', markdown: { content: m.text } };
}

/** DingTalk's 加签: base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)). */
export function dingtalkSign(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** The address to post to: DingTalk robots with a secret get `timestamp` and `sign` in the query. */
export function signedUrl(kind: WebhookKind, url: string, secret: string | null, timestamp: number): string {
  if (kind !== 'dingtalk' || !secret) return url;
  const u = new URL(url);
  u.searchParams.set('timestamp', String(timestamp));
  u.searchParams.set('sign', dingtalkSign(secret, timestamp));
  return u.toString();
}

/** The dedupe key of a run's message: the sorted notification ids, hashed. */
export function notificationsKey(ids: readonly number[]): string {
  const sorted = [...ids].sort((a, b) => a - b).join(',');
  return `notifications:${createHash('sha256').update(sorted).digest('hex').slice(0, 32)}`;
}

/**
 * Whether an answer counts as accepted: HTTP 2xx and, when the body is JSON with an
 * `errcode`, errcode 0. Otherwise the reason, for the log.
 */
export function judgeAnswer(status: number, body: string): { ok: true } | { ok: false; error: string } {
  if (status < 200 || status > 299) return { ok: false, error: `HTTP ${status}${body ? `: ${body}` : ''}` };
  let json: unknown;
  try {
    json = body.trim() ? JSON.parse(body) : undefined;
  } catch {
    return { ok: true };
  }
  if (json && typeof json === 'object' && 'errcode' in json) {
    const { errcode, errmsg } = json as { errcode: unknown; errmsg?: unknown };
    if (Number(errcode) !== 0) return { ok: false, error: `errcode ${String(errcode)}: ${String(errmsg ?? '')}` };
  }
  return { ok: true };
}
