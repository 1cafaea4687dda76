import type { DeliveryStatus } from '../../../contracts/webhooks.ts';

/** Pure helpers of the robots page. */

export const STATUS_COLORS: Record<DeliveryStatus, string> = {
  pending: 'processing',
  sent: 'success',
  failed: 'error',
};

/** An attempt's answer in one short line: "HTTP 500 · 120 ms", "超时 · 5000 ms". */
export function attemptSummary(a: { statusCode: number | null; durationMs: number }, noAnswer: string): string {
  return `${a.statusCode === null ? noAnswer : `HTTP ${a.statusCode}`} · ${a.durationMs} ms`;
}

/**
 * The update body's secret from the form: untouched (undefined) keeps it, "clear" removes it,
 * a typed value replaces it. A WeCom robot never keeps one.
 */
export function secretChange(
  kind: 'wecom' | 'dingtalk',
  typed: string | undefined,
  clear: boolean,
  hadSecret: boolean,
): string | null | undefined {
  if (kind === 'wecom') return hadSecret ? null : undefined;
  if (clear) return null;
  const v = typed?.trim();
  return v ? v : undefined;
}
