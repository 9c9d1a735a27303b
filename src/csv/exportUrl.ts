import { fetchUtils, type FilterPayload, type SortPayload } from 'ra-core';

/**
 * The streamed CSV of a list (GET /api/<resource>.csv): the query string ra-data-json-server sends
 * for the list's page — the filters flattened (`a.b=…`), a value per array item, `_sort`/`_order` —
 * without the page, so the file holds every row the list matches, in its order.
 */
export function exportUrl(resource: string, filter: FilterPayload, sort?: SortPayload): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(fetchUtils.flattenObject(filter) as Record<string, unknown>)) {
    for (const item of ([] as unknown[]).concat(value)) if (item !== null && item !== undefined) query.append(key, String(item));
  }
  if (sort?.field) {
    query.set('_sort', sort.field);
    query.set('_order', sort.order);
  }
  const search = query.toString();
  return `/api/${encodeURIComponent(resource)}.csv${search ? `?${search}` : ''}`;
}
