import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AuditLogEntry } from '../../server/resources/types.ts';

/**
 * Who made an audit-log entry: the name they had when they acted (a link to the user for those
 * who may read users), "System" when no user did it.
 */
export const AuditUserField = (_props: { label?: string; source?: string }) => {
  const entry = useRecordContext<AuditLogEntry>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'show' });
  if (!entry) return null;
  const name = entry.userName ?? (entry.userId == null ? translate('app.system') : translate('app.userNumber', { id: entry.userId }));
  if (entry.userId == null || !canAccess) {
    return (
      <Typography variant="body2" component="span">
        {name}
      </Typography>
    );
  }
  return (
    <Link component={RouterLink} to={`/users/${entry.userId}/show`} onClick={(event) => event.stopPropagation()} variant="body2">
      {name}
    </Link>
  );
};
