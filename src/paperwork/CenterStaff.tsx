import { Box, Card, CardContent, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { ListBase, useListContext, useTranslate } from 'react-admin';
import type { Installer } from '../../server/resources/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { AddStaffButton } from './AddStaffButton.tsx';

const T = 'resources.paperwork.staff';

const StaffList = () => {
  const translate = useTranslate();
  const { data = [], isPending, error } = useListContext<Installer>();
  if (error) return <ErrorAlert error={error} />;
  if (!isPending && data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(`${T}.empty`)}
      </Typography>
    );
  }
  return (
    <List dense disablePadding>
      {data.map((person) => (
        <ListItem key={person.id} divider disableGutters sx={{ flexDirection: 'column', alignItems: 'flex-start', gap: 0.5 }}>
          <ListItemText primary={`${person.firstName} ${person.lastName}`} secondary={[translate(`choices.staffDuties.${person.duties}`), person.email, person.phone].filter(Boolean).join(' · ')} sx={{ overflowWrap: 'anywhere' }} />
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            <Chip size="small" label={translate(`${T}.training`, { status: translate(`choices.trainingStatus.${person.trainingStatus}`) })} />
            <Chip size="small" label={translate(`${T}.certification`, { status: translate(`choices.certificationStatus.${person.certificationStatus}`) })} />
            <Chip size="small" label={translate(`${T}.backgroundCheck`, { status: translate(`choices.backgroundCheck.${person.backgroundCheck}`) })} />
          </Box>
        </ListItem>
      ))}
    </List>
  );
};

/** The center's installers and paperwork handlers with their training, certification and background check; **Add installer**; CSV export. */
export const CenterStaff = ({ centerId }: { centerId: number }) => {
  const translate = useTranslate();
  return (
    <ListBase<Installer> resource="installers" filter={{ serviceCenterId: centerId }} sort={{ field: 'lastName', order: 'ASC' }} perPage={200} disableSyncWithLocation>
      <Card variant="outlined" component="section" aria-labelledby="paperwork-staff">
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="h6" component="h2" id="paperwork-staff">
              {translate(`${T}.title`)}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1 }}>
              <CsvExportButton />
              <AddStaffButton centerId={centerId} />
            </Box>
          </Box>
          <StaffList />
        </CardContent>
      </Card>
    </ListBase>
  );
};
