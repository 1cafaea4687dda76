import type { FormInstance } from 'antd';
import { ApiRequestError } from '../../app/api/client.ts';

/**
 * Puts the server's field messages under nested form fields: "items.0.decision"
 * is the form's ['items', 0, 'decision'] (the app's applyFieldErrors handles
 * flat names only). Fields the form does not show are left to the toast.
 */
export function applyNestedFieldErrors(
  form: FormInstance,
  err: unknown,
  known: (path: (string | number)[]) => boolean,
) {
  if (!(err instanceof ApiRequestError)) return;
  const byPath = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const p of err.fieldProblems) {
    const name = p.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (!known(name)) continue;
    const key = name.join('.');
    const entry = byPath.get(key) ?? { name, errors: [] };
    entry.errors.push(p.message ?? err.message);
    byPath.set(key, entry);
  }
  form.setFields([...byPath.values()]);
}
