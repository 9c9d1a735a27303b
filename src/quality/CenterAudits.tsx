import { Card, CardContent, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { AuditRecord } from '../resources/audits/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
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
    <Card variant="outlined" component="section" aria-labelledby="quality-audits">
      <CardContent>
        <Typography variant="h6" component="h2" id="quality-audits">
          {translate(`${T}.title`)}
        </Typography>
        {error ? <ErrorAlert error={error} /> : null}
        {!isPending && !error && data.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate(`${T}.empty`)}
          </Typography>
        )}
        <List dense disablePadding>
          {data.map((audit) => (
            <ListItemButton key={audit.id} component={Link} to={`/audits/${audit.id}/show`} divider>
              <ListItemText
                primary={`${audit.auditDate} · ${translate(`choices.auditKind.${audit.kind}`)}`}
                secondary={audit.score == null ? translate(`${T}.unscored`) : translate(`${T}.score`, { score: decimal(audit.score) })}
              />
              {audit.band && <Chip size="small" label={translate(`choices.auditBand.${audit.band}`)} />}
            </ListItemButton>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
