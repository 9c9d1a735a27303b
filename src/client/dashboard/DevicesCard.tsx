import { Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { DashboardDevice } from '../../../server/rules/client-portal/dashboard.ts';
import { useFormat } from '../format.ts';
import { SectionCard } from './SectionCard.tsx';

/** The customer's devices: what, which serial, in which vehicle, their status and next calibration. */
export const DevicesCard = ({ devices }: { devices: DashboardDevice[] }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <SectionCard id="dashboard-devices" title={translate('client.dashboard.devices.title')}>
      {devices.length === 0 ? (
        <Typography>{translate('client.dashboard.devices.none')}</Typography>
      ) : (
        <List disablePadding>
          {devices.map((device) => (
            <ListItem key={device.id} disableGutters divider>
              <ListItemText
                primary={
                  <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
                    <span>{device.model}</span>
                    <Chip size="small" color={device.status === 'installed' ? 'success' : 'default'} label={translate(`client.dashboard.statuses.${device.status}`, { _: device.status })} />
                  </Stack>
                }
                secondary={[
                  translate(`client.dashboard.kinds.${device.kind}`, { _: device.kind }),
                  translate('client.dashboard.devices.serial', { serial: device.serial }),
                  device.vehicle && `${device.vehicle.year} ${device.vehicle.make} ${device.vehicle.model}`,
                  device.nextCalibrationDue && translate('client.dashboard.devices.calibrationDue', { date: format.day(device.nextCalibrationDue) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  );
};
