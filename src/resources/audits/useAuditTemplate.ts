import { useGetOne } from 'react-admin';
import type { AuditTemplate } from '../../../audits/index.ts';
import type { AuditTemplateRecord } from './types.ts';

/** The engine template (`definition`) of an audit-templates record; undefined while loading or without an id. */
export function useAuditTemplate(templateId: number | string | null | undefined): AuditTemplate | undefined {
  const { data } = useGetOne<AuditTemplateRecord>('audit-templates', { id: (templateId ?? 0) as number }, { enabled: templateId != null && templateId !== '' });
  return data?.definition;
}
