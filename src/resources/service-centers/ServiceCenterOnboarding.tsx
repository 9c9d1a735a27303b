import { Alert, Box, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { OnboardingDocuments } from './OnboardingDocuments.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { GoLiveButton } from './GoLiveButton.tsx';
import { useChecklist, type Gate } from './onboarding.ts';

const GateItem = ({ gate }: { gate: Gate }) => (
  <ListItem dense disableGutters data-testid={`gate-${gate.key}`} data-met={gate.met}>
    <ListItemIcon sx={{ minWidth: 36 }}>
      {gate.met ? <CheckCircleIcon color="success" titleAccess="met" /> : <RadioButtonUncheckedIcon color="warning" titleAccess="missing" />}
    </ListItemIcon>
    <ListItemText primary={gate.label} secondary={gate.detail} />
  </ListItem>
);

/** The onboarding tab: the go-live checklist, the go-live button and the documents on file. */
export const ServiceCenterOnboarding = (_props: { label?: false }) => {
  const translate = useTranslate();
  const center = useRecordContext<ServiceCenter>();
  const checklist = useChecklist(center?.id);
  if (!center) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(320px, 1fr) 2fr' }, gap: 3, width: '100%' }}>
      <Box>
        <Typography variant="h6" gutterBottom>
          {translate('resources.service-centers.onboarding.checklist')}
        </Typography>
        {center.onboardingStatus === 'live' && (
          <Alert severity="success" sx={{ mb: 1 }}>
            {translate('resources.service-centers.onboarding.isLive', { date: center.wentLiveAt ? new Date(center.wentLiveAt).toLocaleDateString() : '—' })}
          </Alert>
        )}
        {checklist.isError && <ErrorAlert error={checklist.error} />}
        {checklist.data && (
          <>
            <List dense disablePadding>
              {checklist.data.gates.map((gate) => (
                <GateItem key={gate.key} gate={gate} />
              ))}
            </List>
            {center.onboardingStatus !== 'live' && <GoLiveButton center={center} gates={checklist.data.gates} />}
          </>
        )}
      </Box>
      <OnboardingDocuments center={center} />
    </Box>
  );
};
