import { z } from 'zod';

/** Integer ids in paths and bodies. Path params arrive as strings, so they are coerced. */
export const idParam = z.strictObject({ id: z.coerce.number().int().positive() });
export type IdParam = z.infer<typeof idParam>;

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const okSchema = z.object({ ok: z.literal(true) });
/** What a create answers: the new object's id. */
export const createdSchema = z.object({ id: z.number().int() });

/** Timestamps travel as ISO strings. */
export const isoDateTime = z.string();
