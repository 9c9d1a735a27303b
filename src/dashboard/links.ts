/** The react-admin list URL of `resource` filtered by `filter` (what a click on a bar or a row opens). */
export const listUrl = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** A record's page, optionally one of its tabs. */
export const showUrl = (resource: string, id: number, tab?: string) => `/${resource}/${id}/show${tab ? `/${tab}` : ''}`;

/** A day's bounds as timestamps, to filter datetime columns by days. */
export const startOfDayIso = (day: string) => `${day}T00:00:00.000Z`;
export const endOfDayIso = (day: string) => `${day}T23:59:59.999Z`;
