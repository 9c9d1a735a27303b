/**
 * For a DataTable column's `cellSx`: its values stay on one line (numbers such as WO-2026-029964,
 * timestamps) while its header may still wrap.
 */
export const oneLine = () => ({ whiteSpace: 'nowrap' }) as const;
