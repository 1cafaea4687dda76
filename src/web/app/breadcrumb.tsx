import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** A PageContainer breadcrumb whose items navigate inside the app (no page reload). */
export function linkBreadcrumb(items: { title: ReactNode; to?: string }[]) {
  return {
    items: items.map((item, i) => ({
      key: String(i),
      title: item.to ? <Link to={item.to}>{item.title}</Link> : item.title,
    })),
  };
}
