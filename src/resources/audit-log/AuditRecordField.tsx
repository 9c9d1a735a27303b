import type { MouseEvent } from 'react';
import { Typography } from '@mui/material';
import { Link, useCanAccess, useRecordContext, useResourceDefinitions } from 'react-admin';
import type { AuditLogEntry } from '../../../server/resources/types.ts';

/** The id of the record an entry is about, linked to its show page when there is one to open. */
export const AuditRecordField = (_props: { label?: string; source?: string }) => {
  const entry = useRecordContext<AuditLogEntry>();
  const definitions = useResourceDefinitions();
  const resource = entry?.resource ?? '';
  const hasShow = !!definitions[resource]?.hasShow;
  const { canAccess } = useCanAccess({ resource, action: 'show', enabled: hasShow });
  const text = entry?.recordId == null ? '—' : `#${entry.recordId}`;
  return (
    <Typography variant="body2" component="span">
      {hasShow && canAccess && entry?.recordId != null ? (
        <Link to={`/${resource}/${entry.recordId}/show`} onClick={(event: MouseEvent) => event.stopPropagation()}>
          {text}
        </Link>
      ) : (
        text
      )}
    </Typography>
  );
};
