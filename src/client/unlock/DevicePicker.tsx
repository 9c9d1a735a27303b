import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { DashboardDevice } from '../../../server/rules/client-portal/dashboard.ts';

/** Which device the code is for, when the customer has several. */
export const DevicePicker = ({ devices, value, onChange }: { devices: DashboardDevice[]; value: number; onChange: (deviceId: number) => void }) => {
  const translate = useTranslate();
  return (
    <FormControl>
      <FormLabel id="unlock-device">{translate('client.unlock.device')}</FormLabel>
      <RadioGroup aria-labelledby="unlock-device" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {devices.map((device) => (
          <FormControlLabel key={device.id} value={device.id} control={<Radio />} label={translate('client.unlock.deviceName', { model: device.model, serial: device.serial })} />
        ))}
      </RadioGroup>
    </FormControl>
  );
};
