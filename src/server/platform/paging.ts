/** A page of results with the total, as every list endpoint answers. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * Runs a list query for one page and its count side by side.
 * `rows` receives limit and offset; `count` answers the total for the same filter.
 */
export async function paged<R, T = R>(
  query: { page: number; pageSize: number },
  rows: (limit: number, offset: number) => Promise<R[]>,
  count: () => Promise<{ n: number }[]>,
  map: (rows: R[]) => T[] | Promise<T[]> = (r) => r as unknown as T[],
): Promise<Page<T>> {
  const [list, [total]] = await Promise.all([rows(query.pageSize, (query.page - 1) * query.pageSize), count()]);
  return { items: await map(list), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}
