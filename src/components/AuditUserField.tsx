import { Typography } from '@mui/material';
import { ReferenceField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AuditLogEntry } from '../../server/resources/types.ts';

/**
 * Who made an audit-log entry: the user's name for those who may read users (administrators),
 * otherwise "User #id"; "System" when no user did it.
 */
export const AuditUserField = (_props: { label?: string; source?: string }) => {
  const entry = useRecordContext<AuditLogEntry>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'show' });
  if (!entry) return null;
  if (entry.userId == null || !canAccess) {
    return (
      <Typography variant="body2" component="span">
        {entry.userId == null ? translate('app.system') : translate('app.userNumber', { id: entry.userId })}
      </Typography>
    );
  }
  return <ReferenceField source="userId" reference="users" link="show" />;
};
