import { useState } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { OnboardingDocuments } from './OnboardingDocuments.tsx';
import { checklistKey, reasonOf, useChecklist, useMayOnboard, type CommandProvider, type Gate } from './onboarding.ts';

const GateItem = ({ gate }: { gate: Gate }) => (
  <ListItem dense disableGutters data-testid={`gate-${gate.key}`} data-met={gate.met}>
    <ListItemIcon sx={{ minWidth: 36 }}>
      {gate.met ? <CheckCircleIcon color="success" titleAccess="met" /> : <RadioButtonUncheckedIcon color="warning" titleAccess="missing" />}
    </ListItemIcon>
    <ListItemText primary={gate.label} secondary={gate.detail} />
  </ListItem>
);

/**
 * "Go live": for those who may edit the center (onboarding staff: before it is live), disabled
 * with the missing gates listed until every gate is met; asks for confirmation first.
 */
export const GoLiveButton = ({ center, gates }: { center: ServiceCenter; gates: Gate[] }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CommandProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const mayOnboard = useMayOnboard(center);
  if (!mayOnboard || center.onboardingStatus === 'live') return null;
  const missing = gates.filter((g) => !g.met);
  const reinstating = center.onboardingStatus === 'suspended' || center.onboardingStatus === 'closed';

  const goLive = async () => {
    setBusy(true);
    try {
      await dataProvider.command(`service-centers/${encodeURIComponent(String(center.id))}/go-live`);
      notify('resources.service-centers.onboarding.wentLive', { type: 'success' });
    } catch (error) {
      notify(reasonOf(error) || 'ra.notification.http_error', { type: 'error' });
    } finally {
      await queryClient.invalidateQueries({ queryKey: checklistKey(center.id) });
      refresh();
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, alignItems: 'flex-start' }}>
      <Button variant="contained" color="success" startIcon={<RocketLaunchIcon />} disabled={missing.length > 0 || busy} onClick={() => setOpen(true)}>
        {translate(reinstating ? 'resources.service-centers.onboarding.reinstate' : 'resources.service-centers.onboarding.goLive')}
      </Button>
      {missing.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="go-live-reason">
          {translate('resources.service-centers.onboarding.missing', { smart_count: missing.length, gates: missing.map((g) => g.label).join(', ') })}
        </Typography>
      )}
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.service-centers.onboarding.confirmTitle"
        content="resources.service-centers.onboarding.confirmContent"
        translateOptions={{ name: center.name }}
        onConfirm={goLive}
        onClose={() => setOpen(false)}
      />
    </Box>
  );
};

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
        {checklist.isError && <Alert severity="error">{reasonOf(checklist.error)}</Alert>}
        {checklist.data && (
          <>
            <List dense disablePadding>
              {checklist.data.gates.map((gate) => (
                <GateItem key={gate.key} gate={gate} />
              ))}
            </List>
            <GoLiveButton center={center} gates={checklist.data.gates} />
          </>
        )}
      </Box>
      <OnboardingDocuments center={center} />
    </Box>
  );
};
