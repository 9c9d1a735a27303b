import { Chip, ListItemButton, ListItemText } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AuditRecord } from '../resources/audits/types.ts';
import { PortalListCard } from '../portal/PortalListCard.tsx';
import { decimal } from '../numbers.ts';

const T = 'resources.quality.audits';

/** The center's submitted audits, latest first, read-only: date, kind, score and band; each opens the audit. */
export const CenterAudits = ({ centerId }: { centerId: number }) => {
  const translate = useTranslate();
  const { data = [], isPending, error } = useGetList<AuditRecord>('audits', {
    filter: { serviceCenterId: centerId, status_ne: 'draft' },
    sort: { field: 'auditDate', order: 'DESC' },
    pagination: { page: 1, perPage: 50 },
  });
  return (
    <PortalListCard id="quality-audits" messages={T} isPending={isPending} error={error} count={data.length}>
      {data.map((audit) => (
        <ListItemButton key={audit.id} component={Link} to={`/audits/${audit.id}/show`} divider>
          <ListItemText
            primary={`${audit.auditDate} · ${translate(`choices.auditKind.${audit.kind}`)}`}
            secondary={audit.score == null ? translate(`${T}.unscored`) : translate(`${T}.score`, { score: decimal(audit.score) })}
          />
          {audit.band && <Chip size="small" label={translate(`choices.auditBand.${audit.band}`)} />}
        </ListItemButton>
      ))}
    </PortalListCard>
  );
};
