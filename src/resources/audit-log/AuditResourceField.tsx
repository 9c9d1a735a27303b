import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLogEntry } from '../../../server/resources/types.ts';

/** The label of a resource name as the audit log stores it ('work-orders' → "Work order"). */
export const useResourceLabel = () => {
  const translate = useTranslate();
  return (resource: string) =>
    translate(`resources.${resource}.name`, {
      smart_count: 1,
      _: translate(`resources.audit-log.otherResources.${resource}`, { _: resource }),
    });
};

/** What kind of record an entry is about. */
export const AuditResourceField = (_props: { label?: string; source?: string }) => {
  const entry = useRecordContext<AuditLogEntry>();
  const label = useResourceLabel();
  return entry ? (
    <Typography variant="body2" component="span">
      {label(entry.resource)}
    </Typography>
  ) : null;
};
